#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QWidget>

class NameValueTableModel;
class QTableView;
class QToolButton;

// A table of name/value rows with buttons to add and remove rows; Insert adds a row and Delete
// removes the current one while the table has the focus (and no cell is being edited).
class NameValueTableEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameValueTableEditor)

public:
    explicit NameValueTableEditor(const QString &objectName, QWidget *parent = nullptr);

    NameValueTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

    void setRows(const QList<NameValue> &rows);
    QList<NameValue> rows() const;
    // Header texts and the names a screen reader reads for the table and its buttons.
    void setTexts(const QString &nameHeader, const QString &valueHeader, const QString &tableName,
                  const QString &addText, const QString &removeText);

    void addRow();
    void removeCurrentRow();
    // Rows can be read, selected and copied but not changed; the add and remove buttons hide.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNameColumn();

    bool m_readOnly = false;
    NameValueTableModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
};
