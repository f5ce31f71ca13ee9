// A real client: @aws-sdk/client-cloudwatch (AWS SDK for JavaScript v3) in Node,
// talking to the wasm build through handleAwsRequest over AWS JSON 1.0
// (GraniteServiceVersion20100801, query-compatible errors): custom metrics with
// Date timestamps, GetMetricStatistics / GetMetricData, an alarm on a queue's
// depth going to ALARM on the virtual clock, SetAlarmState, history, and typed
// errors carrying the query-protocol code.
import {
  CloudWatchClient, PutMetricDataCommand, GetMetricStatisticsCommand, GetMetricDataCommand, ListMetricsCommand,
  PutMetricAlarmCommand, DescribeAlarmsCommand, SetAlarmStateCommand, DescribeAlarmHistoryCommand, DeleteAlarmsCommand,
  ResourceNotFound, InvalidParameterValueException,
} from '@aws-sdk/client-cloudwatch';
import { SQSClient, CreateQueueCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { loadSwitchyard, switchyardHandler, run, assert, eq } from './load.mjs';

const sy = await loadSwitchyard();
sy.resetWorld(12);
sy.setSpeed(0);
const config = {
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: switchyardHandler(sy),
};
const cw = new CloudWatchClient(config);
const sqs = new SQSClient(config);
const later = (ms) => sy.advanceClock(ms);
const T0 = new Date('2026-01-01T00:00:00Z');
const at = (s) => new Date(T0.getTime() + s * 1000);

await run({
  'PutMetricData with a Date timestamp, then every statistic back': async () => {
    later(300_000);
    await cw.send(new PutMetricDataCommand({
      Namespace: 'Checkout',
      MetricData: [
        { MetricName: 'Latency', Dimensions: [{ Name: 'Api', Value: 'pay' }], Timestamp: at(60), Value: 10, Unit: 'Milliseconds' },
        { MetricName: 'Latency', Dimensions: [{ Name: 'Api', Value: 'pay' }], Timestamp: at(70), Values: [2, 30], Counts: [1, 1], Unit: 'Milliseconds' },
      ],
    }));
    const r = await cw.send(new GetMetricStatisticsCommand({
      Namespace: 'Checkout', MetricName: 'Latency', Dimensions: [{ Name: 'Api', Value: 'pay' }],
      StartTime: at(0), EndTime: at(300), Period: 60,
      Statistics: ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'],
    }));
    eq(r.Datapoints.length, 1);
    const d = r.Datapoints[0];
    assert(d.Timestamp instanceof Date, 'timestamps parse as Dates');
    eq(d.Timestamp.toISOString(), '2026-01-01T00:01:00.000Z');
    eq([d.SampleCount, d.Average, d.Sum, d.Minimum, d.Maximum, d.Unit], [3, 14, 42, 2, 30, 'Milliseconds']);
    const m = await cw.send(new ListMetricsCommand({ Namespace: 'Checkout' }));
    eq(m.Metrics.map((x) => x.MetricName), ['Latency']);
  },
  'an alarm on a queue depth goes to ALARM on the virtual clock': async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
    for (let i = 0; i < 5; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `job ${i}` }));
    await cw.send(new PutMetricAlarmCommand({
      AlarmName: 'jobs-deep', Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: 'jobs' }], Statistic: 'Maximum', Period: 60,
      EvaluationPeriods: 1, Threshold: 3, ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }));
    let a = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['jobs-deep'] }))).MetricAlarms[0];
    eq(a.StateValue, 'INSUFFICIENT_DATA');
    later(60_000);
    a = (await cw.send(new DescribeAlarmsCommand({ AlarmNames: ['jobs-deep'] }))).MetricAlarms[0];
    eq(a.StateValue, 'ALARM');
    assert(a.StateReason.startsWith('Threshold Crossed: 1 datapoint [5.0'), a.StateReason);
    assert(a.StateUpdatedTimestamp instanceof Date, 'a Date');
    const q = await cw.send(new GetMetricDataCommand({
      StartTime: at(0), EndTime: at(3600),
      MetricDataQueries: [{ Id: 'depth', MetricStat: { Metric: { Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: 'jobs' }] }, Period: 60, Stat: 'Maximum' } }],
    }));
    eq(q.MetricDataResults[0].Values[0], 5);
    assert(q.MetricDataResults[0].Timestamps[0] instanceof Date, 'Dates');
  },
  'SetAlarmState and the history it leaves': async () => {
    await cw.send(new SetAlarmStateCommand({ AlarmName: 'jobs-deep', StateValue: 'OK', StateReason: 'testing' }));
    const h = await cw.send(new DescribeAlarmHistoryCommand({ AlarmName: 'jobs-deep', HistoryItemType: 'StateUpdate' }));
    eq(h.AlarmHistoryItems[0].HistorySummary, 'Alarm updated from ALARM to OK');
    eq(JSON.parse(h.AlarmHistoryItems[0].HistoryData).newState.stateReason, 'testing');
  },
  'typed errors with the query-compatible code': async () => {
    try {
      await cw.send(new DeleteAlarmsCommand({ AlarmNames: ['nope'] }));
      assert(false, 'should fail');
    } catch (e) {
      assert(e instanceof ResourceNotFound, `ResourceNotFound, got ${e.name}`);
      eq(e.$metadata.httpStatusCode, 404);
    }
    try {
      await cw.send(new PutMetricDataCommand({ Namespace: 'AWS/SQS', MetricData: [{ MetricName: 'X', Value: 1 }] }));
      assert(false, 'should fail');
    } catch (e) {
      assert(e instanceof InvalidParameterValueException, `InvalidParameterValueException, got ${e.name}`);
      eq(e.message, 'The value AWS/SQS for parameter Namespace is invalid.');
    }
  },
});
