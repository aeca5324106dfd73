#pragma once

#include <QCoreApplication>
#include <QString>

// The organisation's Webex Contact Center licence. Only FLEX3 organisations may set up connectors.
enum class Licence
{
    Flex3,
    Other,
};

class Licences final
{
    Q_DECLARE_TR_FUNCTIONS(Licences)

public:
    Licences() = delete;

    static QString key(Licence licence);
    // Unknown keys read as Other: a licence we do not recognise must not unlock FLEX3 features.
    static Licence fromKey(const QString &key);
    static QString displayName(Licence licence);
};
