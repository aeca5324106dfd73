#include "ParseTestPane.h"

#include "jsonpath/JsonPath.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// What a flow variable would hold: a string as itself, anything else as compact JSON.
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    // A number as JSON writes it: "[3]" without the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1).chopped(1));
}

} // namespace

ParseTestPane::ParseTestPane(QWidget *parent)
    : QWidget(parent)
    , m_sampleLabel(new QLabel(this))
    , m_sample(new QPlainTextEdit(this))
    , m_sampleMessage(new QLabel(this))
    , m_resultsLabel(new QLabel(this))
    , m_results(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("parseTestPane"));
    m_sample->setObjectName(QStringLiteral("sampleResponse"));
    m_sampleMessage->setObjectName(QStringLiteral("sampleMessage"));
    m_results->setObjectName(QStringLiteral("parseResults"));
    m_sampleLabel->setBuddy(m_sample);
    m_sample->setTabChangesFocus(true);
    m_sampleMessage->setWordWrap(true);
    m_sampleMessage->setTextFormat(Qt::PlainText);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(VariableColumn, 140);
    m_results->setColumnWidth(ValueColumn, 260);
    m_results->setTabKeyNavigation(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sampleLabel);
    layout->addWidget(m_sample, 2);
    layout->addWidget(m_sampleMessage);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_results, 1);

    connect(m_sample, &QPlainTextEdit::textChanged, this, &ParseTestPane::evaluate);
    retranslateUi();
}

void ParseTestPane::setOutputVariables(const QList<OutputVariable> &variables)
{
    if (variables == m_variables)
        return;
    m_variables = variables;
    evaluate();
}

void ParseTestPane::setSample(const QString &json)
{
    m_sample->setPlainText(json);
}

void ParseTestPane::evaluate()
{
    const QString sample = m_sample->toPlainText();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sample.toUtf8(), &error);
    const bool haveSample = !sample.trimmed().isEmpty();
    const bool valid = haveSample && error.error == QJsonParseError::NoError;
    if (!haveSample)
        m_sampleMessage->setText(tr("Paste a response body to see what each output variable "
                                    "would receive."));
    else if (!valid)
        m_sampleMessage->setText(tr("The sample is not valid JSON: %1 at character %2.")
                                     .arg(error.errorString())
                                     .arg(error.offset + 1));
    else
        m_sampleMessage->clear();
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

    m_results->setRowCount(int(m_variables.size()));
    for (int row = 0; row < m_variables.size(); ++row) {
        const OutputVariable &variable = m_variables.at(row);
        QString value;
        QString kind;
        const JsonPathCompileResult compiled = JsonPath::compile(variable.jsonPath);
        if (!compiled.ok()) {
            value = tr("%1 (at character %2)")
                        .arg(compiled.error().message)
                        .arg(compiled.error().position + 1);
            kind = tr("Invalid JSON Path");
        } else if (valid) {
            const JsonPathEvaluation result = compiled.path().evaluate(root);
            if (result.hasValue()) {
                value = valueText(result.value());
                kind = result.isDefinite() ? tr("Value (definite path)")
                                           : tr("List of every match (indefinite path)");
            } else if (result.isNotFound()) {
                value = result.message();
                kind = tr("No match");
            } else {
                value = result.message();
                kind = tr("Error");
            }
        }
        const QStringList cells = {variable.name, value, kind};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_results->setItem(row, column, item);
        }
    }
}

void ParseTestPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParseTestPane::retranslateUi()
{
    m_sampleLabel->setText(tr("Sample respo&nse:"));
    m_sample->setAccessibleName(tr("Sample response"));
    m_sample->setPlaceholderText(tr("{\"data\": [{\"id\": \"...\"}]}"));
    m_resultsLabel->setText(tr("What each output variable receives:"));
    m_results->setAccessibleName(tr("What each output variable receives"));
    m_results->setHorizontalHeaderLabels({tr("Output variable"), tr("Value"), tr("Result")});
    evaluate();
}
