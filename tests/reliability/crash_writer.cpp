// Performs connector changes forever, printing "ACK <action> <id>" on stdout after each one is
// committed. The crash-safety test kills it with SIGKILL and checks every acknowledged change.
#include "app/core/service/AdminDirectory.h"
#include "app/core/service/ConnectorService.h"
#include "app/core/store/Database.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    auto database = Database::open(path);
    if (!database)
        return 4;
    AdminDirectory directory(**database);
    if (!directory.ensureInitialised())
        return 4;
    ConnectorService service(**database, *directory.defaultAdmin());
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        auto created = service.create(
            {{}, QStringLiteral("%1-%2").arg(prefix).arg(i), AccessLevel::ReadOnly, true});
        if (!created)
            return 1;
        out << "ACK create " << created->idText() << '\n';
        out.flush();
        std::fflush(stdout);
        if (i % 3 == 0) {
            if (!service.deactivate(created->id))
                return 1;
            out << "ACK deactivate " << created->idText() << '\n';
            out.flush();
            std::fflush(stdout);
        }
    }
}
