#pragma once

#include "app/core/domain/HttpRequestActivity.h"

#include <QList>
#include <QSettings>
#include <QUuid>

// The sample values of flow variables a person gave for test requests, remembered per flow
// (keyed by the flow's ID) in the settings, so the next test of any activity of that flow starts
// with them. They are test data, not secrets; SampleValues bounds each flow's rows, and only the
// most recently used flows are kept.
class SampleValueSettings final
{
    Q_DISABLE_COPY_MOVE(SampleValueSettings)

public:
    SampleValueSettings() = default;

    static constexpr int kMaxFlows = 100;

    QList<NameValue> values(const QUuid &flowId) const;
    void setValues(const QUuid &flowId, const QList<NameValue> &values);

private:
    QSettings m_settings;
};
