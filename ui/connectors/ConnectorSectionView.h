#pragma once

#include "app/core/models/ConnectorFilterProxyModel.h"

#include <QUuid>
#include <QWidget>

class CardListView;
class ConnectorCardDelegate;
class ConnectorListModel;
class QLabel;

// One section of the Connectors tab, "Active connectors" or "Inactive connectors": a heading
// with the count, the cards of that state through its own filter proxy, and a line saying so when
// there are none.
class ConnectorSectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorSectionView)

public:
    using StateFilter = ConnectorFilterProxyModel::StateFilter;

    ConnectorSectionView(StateFilter state, ConnectorListModel &model,
                         ConnectorCardDelegate *delegate, QWidget *parent = nullptr);

    CardListView *view() const { return m_view; }
    ConnectorFilterProxyModel *proxy() const { return m_proxy; }
    int count() const;

    void setSearchText(const QString &text);
    // Selects the card of `id` when this section shows it; false otherwise.
    bool select(const QUuid &id);
    QUuid idAt(const QModelIndex &proxyIndex) const;
    QUuid currentId() const;
    void clearSelection();
    // Whether the list had the keyboard focus when its current card last left it (the list
    // hides when it empties, which takes the focus away). Reading clears it.
    bool takeFocusLostToRemoval();
    // Where the selected card was when rows around it last left this section (the row of the
    // card that takes its place), or -1. Reading clears it.
    int takeRemovedSelectedRow();

Q_SIGNALS:
    void currentChanged(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    StateFilter m_state;
    ConnectorListModel &m_model;
    ConnectorFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLabel *m_empty;
    CardListView *m_view;
    bool m_rowsLeaving = false;
    bool m_focusLostToRemoval = false;
    int m_removedSelectedRow = -1;
};
