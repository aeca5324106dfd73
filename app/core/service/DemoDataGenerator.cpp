#include "service/DemoDataGenerator.h"

#include "policy/RolePolicy.h"
#include "store/AdminRepository.h"
#include "store/AuditRepository.h"
#include "store/ConnectorRepository.h"
#include "store/Database.h"
#include "store/SqlTransaction.h"
#include "support/ConnectorJson.h"
#include "support/Timestamps.h"
#include "validation/ConnectorValidator.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *const kPurposes[] = {
    "Agent availability", "Queue statistics",   "Customer lookup",     "Callback scheduler",
    "Team roster",        "Skill profile sync", "Wrap-up codes",       "Entry point routing",
    "Audio prompts",      "Outdial ANI",        "Business hours",      "Site directory",
    "Address book",       "Desktop layouts",    "Supervisor alerts",   "Global variables",
    "Contact history",    "Survey results",     "Multimedia profiles", "Idle codes",
};

const char *const kPlaces[] = {
    "EMEA",   "APAC",    "US East", "US West", "Kyiv",   "Lviv",   "Kharkiv", "Odesa",
    "London", "Toronto", "Sydney",  "Berlin",  "Warsaw", "Madrid", "Tokyo",   "Sao Paulo",
};

constexpr int kPurposeCount = int(std::size(kPurposes));
constexpr int kPlaceCount = int(std::size(kPlaces));

struct DemoAdmin
{
    const char *email;
    const char *name;
    AdminRole role;
};

const DemoAdmin kDemoAdmins[] = {
    {"olena.kovalenko@example.com", "Olena Kovalenko", AdminRole::FullAdmin},
    {"taras.melnyk@example.com", "Taras Melnyk", AdminRole::ContactCenterServiceAdmin},
    {"priya.nair@partner.example.net", "Priya Nair", AdminRole::ExternalFullAdmin},
    {"james.obrien@partner.example.net", "James O'Brien", AdminRole::ExternalContactCenterAdmin},
    {"helpdesk.lead@example.com", "Iryna Shevchuk", AdminRole::SupportFullAdmin},
    {"marco.rossi@reseller.example.org", "Marco Rossi", AdminRole::PartnerFullAdmin},
    {"auditor@example.com", "Andrii Bondar", AdminRole::ReadOnlyAdmin},
    {"consultant@partner.example.net", "Sofia Lind", AdminRole::ExternalReadOnlyAdmin},
    {"helpdesk@example.com", "Mykola Tkachenko", AdminRole::SupportBasicAdmin},
    {"observer@reseller.example.org", "Chen Wei", AdminRole::PartnerReadOnlyAdmin},
};

} // namespace

DemoDataGenerator::DemoDataGenerator(const Database &database)
    : m_database(database)
{}

QString DemoDataGenerator::sampleName(int index)
{
    const int purpose = index % kPurposeCount;
    const int place = (index / kPurposeCount) % kPlaceCount;
    const int round = index / (kPurposeCount * kPlaceCount);
    QString name = QStringLiteral("%1 - %2").arg(QLatin1String(kPurposes[purpose]),
                                                 QLatin1String(kPlaces[place]));
    if (round > 0)
        name += QStringLiteral(" %1").arg(round + 1);
    return name;
}

Result<int> DemoDataGenerator::addDemoAdmins() const
{
    AdminRepository repository(m_database);
    int added = 0;
    for (const DemoAdmin &demo : kDemoAdmins) {
        const QString email = QString::fromLatin1(demo.email);
        auto existing = repository.find(email);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        AdminAccount admin{email, QString::fromUtf8(demo.name), demo.role, Timestamps::now()};
        if (auto inserted = repository.insert(admin); !inserted)
            return inserted.error();
        ++added;
    }
    return added;
}

Result<DemoDataGenerator::Summary> DemoDataGenerator::generate(const AdminAccount &actor,
                                                               int connectorCount) const
{
    // A large page cache keeps a 100,000-row transaction in memory until commit instead of
    // spilling half-built pages into the write-ahead log (several times faster at that size).
    if (m_database.backend() == Database::Backend::Sqlite)
        (void)m_database.execute(QStringLiteral("PRAGMA cache_size = -262144"));
    SqlTransaction transaction(m_database);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    auto organisation = AdminRepository(m_database).organisation();
    if (!organisation)
        return organisation.error();
    if (organisation->has_value()) {
        if (auto refusal = RolePolicy::check(actor, **organisation, ConnectorAction::Create))
            return *refusal;
    }

    Summary summary;
    auto admins = addDemoAdmins();
    if (!admins)
        return admins.error();
    summary.adminsAdded = *admins;

    QSqlQuery keys(m_database.connection());
    keys.setForwardOnly(true);
    if (!keys.exec(QStringLiteral("SELECT name_key FROM connectors")))
        return m_database.errorFrom(keys.lastError());
    QSet<QString> taken;
    while (keys.next())
        taken.insert(keys.value(0).toString());

    // One repository each for the whole loop: their INSERTs are prepared once.
    const ConnectorRepository connectors(m_database);
    const AuditRepository audit(m_database);
    const QString by = actor.email;
    const QDateTime base = Timestamps::now().addDays(-90);
    int index = 0;
    for (int made = 0; made < connectorCount; ++index) {
        const QString name = sampleName(index);
        const QString key = ConnectorValidator::nameKey(name);
        if (taken.contains(key))
            continue;
        taken.insert(key);

        Connector connector;
        connector.id = QUuid::createUuid();
        connector.name = name;
        // Mostly read-only, as least privilege advises; some read-write, a few both.
        connector.access = made % 7 == 0   ? (AccessLevel::ReadOnly | AccessLevel::ReadWrite)
                           : made % 3 == 0 ? AccessLevels(AccessLevel::ReadWrite)
                                           : AccessLevels(AccessLevel::ReadOnly);
        connector.active = made % 5 != 4;
        connector.authorizedBy = connector.createdBy = connector.updatedBy = by;
        connector.authorizedAt = connector.createdAt = base.addSecs(made % 7776000);
        connector.updatedAt =
            connector.active ? connector.createdAt : connector.createdAt.addSecs(3600);
        connector.revision = connector.active ? 1 : 2;
        if (auto inserted = connectors.insert(connector, key); !inserted)
            return inserted.error();

        Connector created = connector;
        created.active = true;
        const QJsonObject afterCreate = ConnectorJson::auditSnapshot(created);
        auto writeAudit = [&](const QDateTime &at, AuditAction action, const QJsonObject &before,
                              const QJsonObject &after) {
            AuditEntry entry;
            entry.at = at;
            entry.actor = by;
            entry.action = action;
            entry.connectorId = connector.id;
            entry.subject = name;
            entry.before = before;
            entry.after = after;
            return audit.append(entry);
        };
        if (auto audited = writeAudit(connector.createdAt, AuditAction::Create, {}, afterCreate);
            !audited)
            return audited.error();
        if (!connector.active) {
            if (auto audited = writeAudit(connector.updatedAt, AuditAction::Deactivate, afterCreate,
                                          ConnectorJson::auditSnapshot(connector));
                !audited)
                return audited.error();
            ++summary.inactive;
        }
        ++made;
        summary.connectorsAdded = made;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}
