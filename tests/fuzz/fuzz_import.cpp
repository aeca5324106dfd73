// libFuzzer target for the import reader (connectors and, from version 2, Flow Designer flows):
// any bytes must give a report (records or problems), never a crash, a hang or a change to the
// database.
#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/flows/FlowDocument.h"
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/store/Database.h"
#include "app/core/validation/ConnectorValidator.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    AdminAccount admin;

    Fixture()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened)
            qFatal("cannot open the fuzz database");
        database = std::move(opened).value();
        AdminDirectory directory(*database);
        (void)directory.ensureInitialised();
        admin = *directory.defaultAdmin();
        // The corpus's consent records name this account; an import refuses unknown ones.
        (void)directory.add(admin, QStringLiteral("olena@example.com"), QString(),
                            AdminRole::FullAdmin);
    }
};

Fixture &fixture()
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static Fixture instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fixture &f = fixture();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto report = ConnectorExchange(*f.database).check(f.admin, bytes);
    // Whatever the input, a record that passed the reader obeys the rules of a stored connector.
    for (const Connector &connector : report.imported) {
        if (connector.id.isNull() || ConnectorValidator::checkName(connector.name) ||
            ConnectorValidator::checkAccess(connector.access) ||
            connector.authorizedBy.trimmed().isEmpty() || !connector.authorizedAt.isValid())
            __builtin_trap();
    }
    // A flow that passed the reader has a name and one of the two shapes, and its activities are
    // the ones its document holds.
    for (const Flow &flow : report.flows) {
        if (flow.name.trimmed().isEmpty() || FlowDocument::shapeOf(flow.document) != flow.shape ||
            flow.activities != FlowDesignerFormat::activities(flow.document))
            __builtin_trap();
    }
    return 0;
}
