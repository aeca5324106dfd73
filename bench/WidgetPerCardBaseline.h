#pragma once

#include "app/core/domain/Connector.h"

#include <QList>
#include <QScrollArea>

// The naive way to show connector cards: one QFrame with its labels and check box per connector
// in a scroll area. Kept only as the benchmark's baseline for the delegate-painted list.
class WidgetPerCardBaseline final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetPerCardBaseline)

public:
    explicit WidgetPerCardBaseline(const QList<Connector> &connectors, QWidget *parent = nullptr);

private:
    static QWidget *cardFor(const Connector &connector, QWidget *parent);
};
