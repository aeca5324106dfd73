#pragma once

#include <QString>

class QLabel;
class QWidget;

// A read-only value shown as plain text that wraps and can be selected and copied with the mouse
// or the keyboard (IDs, URLs, statuses), named for tests and accessibility tools.
class SelectableLabel final
{
public:
    SelectableLabel() = delete;

    static QLabel *create(QWidget *parent, const QString &objectName);
};
