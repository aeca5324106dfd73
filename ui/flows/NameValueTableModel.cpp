#include "ui/flows/NameValueTableModel.h"

NameValueTableModel::NameValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NameValueTableModel::setHeaders(const QString &name, const QString &value)
{
    m_nameHeader = name;
    m_valueHeader = value;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 1);
}

void NameValueTableModel::setRows(const QList<NameValue> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QModelIndex NameValueTableModel::appendRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(NameValue{});
    endInsertRows();
    return index(row, 0);
}

void NameValueTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int NameValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NameValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant NameValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const NameValue &row = m_rows.at(index.row());
    return index.column() == 0 ? row.name : row.value;
}

bool NameValueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    NameValue &row = m_rows[index.row()];
    QString &cell = index.column() == 0 ? row.name : row.value;
    if (cell == value.toString())
        return true;
    cell = value.toString();
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags NameValueTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant NameValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == 0 ? m_nameHeader : m_valueHeader;
}
