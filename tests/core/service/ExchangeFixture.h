#pragma once

#include "app/core/flows/FlowDesignerFormat.h"
#include "app/core/service/ConnectorExchange.h"
#include "app/core/service/FlowService.h"
#include "app/core/support/Timestamps.h"
#include "tests/support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// The exchange files the export and import tests build: connector records, version 1 and 2
// files, Flow Designer documents, and what a store holds.
class ExchangeFixture
{
protected:
    static QByteArray exportOf(TestStore &store)
    {
        auto document = ConnectorExchange(store.database()).exportAll(store.owner());
        return document ? ConnectorExchange::toBytes(*document) : QByteArray();
    }

    static QJsonObject record(const QString &name, const QString &id = {})
    {
        return {{u"id"_s, id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
                {u"name"_s, name},
                {u"access"_s, QJsonArray{u"read-only"_s}},
                {u"active"_s, true},
                {u"authorizedBy"_s, u"olena@example.com"_s},
                {u"authorizedAt"_s, u"2026-01-02T03:04:05.000Z"_s}};
    }

    // The administrator the records' consent names must be an account of the target.
    static void addOlena(TestStore &store)
    {
        store.addAdmin(AdminRole::FullAdmin, u"olena@example.com"_s);
    }

    static QByteArray file(const QJsonArray &records)
    {
        return QJsonDocument(QJsonObject{{u"format"_s, u"webex-cc-connectors"_s},
                                         {u"version"_s, 1},
                                         {u"connectors"_s, records}})
            .toJson();
    }

    static QByteArray fileV2(const QJsonArray &records, const QJsonArray &flows)
    {
        return QJsonDocument(QJsonObject{{u"format"_s, u"webex-cc-connectors"_s},
                                         {u"version"_s, 2},
                                         {u"connectors"_s, records},
                                         {u"flows"_s, flows}})
            .toJson();
    }

    // A Flow Designer export with one HTTP Request activity in the main flow and one in
    // GLOBAL_EVENTS, plus properties the console does not understand.
    static QJsonObject flowDocument(const QString &name, const QString &connectorId,
                                    const QString &method = u"GET"_s)
    {
        auto http = [&](const QString &id, const QString &nodeName) {
            return QJsonObject{
                {u"id"_s, id},
                {u"name"_s, nodeName},
                {u"activityType"_s, u"action"_s},
                {u"properties"_s,
                 QJsonObject{{u"activityName"_s, u"http-request-v2"_s},
                             {u"authenticated"_s, true},
                             {u"connectorId"_s, connectorId},
                             {u"connectorId:name"_s, u"As exported"_s},
                             {u"httpRequestPath"_s, u"/v1/customers"_s},
                             {u"httpRequestMethod"_s, method},
                             {u"x-designer-colour"_s, u"#abcdef"_s},
                             {u"outputVariableArray"_s,
                              QJsonArray{QJsonObject{{u"outputVariable"_s, u"customerId"_s},
                                                     {u"jsonPathExp"_s, u"$.data[0].id"_s}}}}}}};
        };
        return {
            {u"name"_s, name},
            {u"flowType"_s, u"flow"_s},
            {u"variables"_s, QJsonArray{QJsonObject{{u"name"_s, u"customerId"_s}}}},
            {u"unknownTopLevel"_s, QJsonObject{{u"kept"_s, true}}},
            {u"nodes"_s, QJsonArray{http(u"n1"_s, u"LookUp"_s)}},
            {u"edges"_s, QJsonArray()},
            {u"eventFlows"_s,
             QJsonObject{{u"GLOBAL_EVENTS"_s,
                          QJsonObject{{u"nodes"_s, QJsonArray{http(u"e1"_s, u"OnAnswer"_s)}}}}}}};
    }

    static int flowCount(TestStore &store)
    {
        FlowService flows(store.service());
        auto all = flows.list();
        return all ? int(all->size()) : -1;
    }
};
