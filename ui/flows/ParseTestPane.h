#pragma once

#include "app/core/domain/HttpRequestActivity.h"
#include "app/core/live/LiveTestResult.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

// "Test parse settings": paste a sample response and see what each output variable would
// receive, read by LiveResponseReader exactly as a live test request reads a real response: a
// definite path gives the value as JSON, an indefinite one the list of every match; no match and
// invalid paths say so.
// The results follow the sample and the output variables as they are typed.
class ParseTestPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParseTestPane)

public:
    explicit ParseTestPane(QWidget *parent = nullptr);

    void setOutputVariables(const QList<OutputVariable> &variables);
    void setSample(const QString &json);
    QPlainTextEdit *sampleField() const { return m_sample; }
    QTableWidget *results() const { return m_results; }
    QLabel *sampleMessage() const { return m_sampleMessage; }

    enum Column
    {
        VariableColumn,
        ValueColumn,
        KindColumn
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void evaluate();
    static QString kindText(LiveOutputValue::Kind kind);
    void retranslateUi();

    QList<OutputVariable> m_variables;
    QLabel *m_sampleLabel;
    QPlainTextEdit *m_sample;
    QLabel *m_sampleMessage;
    QLabel *m_resultsLabel;
    QTableWidget *m_results;
};
