#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// Editable rows of two texts, in order: an activity's query parameters or headers (name, value),
// or its output variables (variable, JSON Path). Empty rows are kept while editing; rows() gives
// back what is there.
class NameValueTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameValueTableModel)

public:
    explicit NameValueTableModel(QObject *parent = nullptr);

    void setHeaders(const QString &name, const QString &value);
    void setRows(const QList<NameValue> &rows);
    const QList<NameValue> &rows() const { return m_rows; }
    // Appends an empty row and returns its index in the first column.
    QModelIndex appendRow();
    void removeRowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<NameValue> m_rows;
    QString m_nameHeader;
    QString m_valueHeader;
};
