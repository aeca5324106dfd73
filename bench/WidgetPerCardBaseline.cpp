#include "bench/WidgetPerCardBaseline.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

WidgetPerCardBaseline::WidgetPerCardBaseline(const QList<Connector> &connectors, QWidget *parent)
    : QScrollArea(parent)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    for (const Connector &connector : connectors)
        layout->addWidget(cardFor(connector, content));
    setWidget(content);
    setWidgetResizable(true);
}

QWidget *WidgetPerCardBaseline::cardFor(const Connector &connector, QWidget *parent)
{
    // The same content as a painted card: name, state switch, access and scopes, ID, consent.
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->addWidget(new QLabel(connector.name, card), 0, 0);
    auto *active = new QCheckBox(tr("Active"), card);
    active->setChecked(connector.active);
    grid->addWidget(active, 0, 1);
    grid->addWidget(new QLabel(ConnectorAccess::displayName(connector.access) +
                                   QStringLiteral("  ") +
                                   connector.scopes().join(QStringLiteral(", ")),
                               card),
                    1, 0, 1, 2);
    auto *id = new QLabel(connector.idText(), card);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(id, 2, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Authorised by %1").arg(connector.authorizedBy), card), 3, 0, 1,
                    2);
    return card;
}
