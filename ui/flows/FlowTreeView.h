#pragma once

#include <QTreeView>

// The tree of the Flows tab. Enter and double-click activate a row (QAbstractItemView does
// that); Delete asks to delete the selected flow. The window's Delete shortcut belongs to the
// connectors, so this view claims the key while it has the focus, as a text field does.
class FlowTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowTreeView)

public:
    explicit FlowTreeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void deleteRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};
