#pragma once

#include <QUuid>
#include <QWidget>

class ConnectorCardDelegate;
class ConnectorListModel;
class ConnectorSectionView;
class QLabel;
class QLineEdit;
class QSplitter;

// The list side of the Connectors tab: the search field and the Active and Inactive sections.
// It keeps one current connector across both sections, follows it when it moves from one to the
// other, and turns the keyboard and clicks on cards into requests.
class ConnectorBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectorBrowser)

public:
    explicit ConnectorBrowser(ConnectorListModel &model, QWidget *parent = nullptr);

    QUuid currentId() const { return m_currentId; }
    void select(const QUuid &id);
    // Selects the first card (active ones first), so the details are never empty needlessly.
    void selectFirst();
    // Selects the card `step` places after (or before) the current one, in display order across
    // both sections; the keyboard focus follows when it was on a card list. False at the ends.
    bool selectAdjacent(int step);
    void focusSearch();
    void focusCurrentCard();
    void setToggleAvailable(bool available, const QString &reason);
    void setCardActions(const QList<QAction *> &actions);
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

    ConnectorSectionView *activeSection() const { return m_active; }
    ConnectorSectionView *inactiveSection() const { return m_inactive; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void currentChanged(const QUuid &id);
    void toggleRequested(const QUuid &id);
    void detailsRequested(const QUuid &id);
    void deleteRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySearch(const QString &text);
    void setCurrent(const QUuid &id, ConnectorSectionView *from);
    void clearCurrent();
    void followCurrent();
    void onRowsRemoved();
    // The place of `id` among the shown cards, active ones first; -1 when no card shows it.
    int displayPosition(const QUuid &id) const;
    void selectPosition(int position, bool focus);
    void wireSection(ConnectorSectionView *section, ConnectorSectionView *other);

    ConnectorListModel &m_model;
    ConnectorCardDelegate *m_delegate;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    ConnectorSectionView *m_active;
    ConnectorSectionView *m_inactive;
    QUuid m_currentId;
    // The connector the search hid while it was selected: selected again when the search shows
    // it, unless another card was chosen in the meantime.
    QUuid m_hiddenBySearch;
};
