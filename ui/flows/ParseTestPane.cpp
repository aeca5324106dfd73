#include "ui/flows/ParseTestPane.h"

#include "app/core/live/LiveResponseReader.h"
#include "ui/widgets/ScreenFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

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
    const QByteArray sample = m_sample->toPlainText().toUtf8();
    QString parseError;
    const bool haveSample = !sample.trimmed().isEmpty();
    const bool valid = haveSample && LiveResponseReader::parseJson(sample, &parseError);
    if (!haveSample)
        m_sampleMessage->setText(tr("Paste a response body to see what each output variable "
                                    "would receive."));
    else
        m_sampleMessage->setText(valid ? QString() : parseError);

    // The live test's reader, so this pane and a real response show the same results.
    const QList<LiveOutputValue> outputs = LiveResponseReader::evaluateOutputs(sample, m_variables);
    m_results->setRowCount(int(outputs.size()));
    for (int row = 0; row < outputs.size(); ++row) {
        const LiveOutputValue &output = outputs.at(row);
        // Without a sample only a path that does not compile has something to say.
        const bool show = valid || output.kind == LiveOutputValue::Kind::InvalidPath;
        const QStringList cells = {
            output.name, show ? (output.ok() ? output.valueJson : output.error) : QString(),
            show ? kindText(output.kind) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_results->setItem(row, column, item);
        }
    }
}

QString ParseTestPane::kindText(LiveOutputValue::Kind kind)
{
    switch (kind) {
    case LiveOutputValue::Kind::Value:
        return tr("Value (definite path)");
    case LiveOutputValue::Kind::List:
        return tr("List of every match (indefinite path)");
    case LiveOutputValue::Kind::NoMatch:
        return tr("No match");
    case LiveOutputValue::Kind::InvalidPath:
        return tr("Invalid JSON Path");
    case LiveOutputValue::Kind::Unavailable:
        break;
    }
    return tr("Error");
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
    // The variable column fits its header in this language, never cut off.
    ScreenFit::fitHeaderSection(m_results->horizontalHeader(), VariableColumn);
    evaluate();
}
