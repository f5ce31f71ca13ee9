#!/usr/bin/env bash
# A real client: the AWS CLI (from PyPI) against `switchyard serve`, a scripted SQS
# session that covers every operation, then SNS, S3 and Kinesis. Usage: tests/cli/aws_cli.sh PATH/TO/switchyard
# Prints "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
BIN=${1:?usage: aws_cli.sh PATH/TO/switchyard}
export AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_DEFAULT_REGION=us-east-1
export AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER=""
out=$(mktemp -d)
"$BIN" serve --port 0 --seed 5 --start 2026-01-01T00:00:00Z >"$out/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 100); do grep -q listening "$out/serve.log" && break; sleep 0.05; done
port=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$out/serve.log" | head -1)
[ -n "$port" ] || { echo "serve did not start"; cat "$out/serve.log"; exit 1; }
EP="http://127.0.0.1:$port"
aws() { command aws --endpoint-url "$EP" --output json "$@"; }
advance() { python3 -c "import urllib.request,sys; urllib.request.urlopen(urllib.request.Request(sys.argv[1], method='POST'))" "$EP/_switchyard/advance?ms=$1" >/dev/null; }
json() { python3 -c "import json,sys; t=sys.stdin.read(); d=json.loads(t) if t.strip() else {}; print(eval(sys.argv[1], {'d': d}))" "$1"; }

passed=0; failed=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then passed=$((passed+1)); echo "ok   $1";
  else failed=$((failed+1)); echo "FAIL $1: expected [$2], got [$3]"; fi
}

Q=$(aws sqs create-queue --queue-name orders --attributes VisibilityTimeout=5 | json "d['QueueUrl']")
check "create-queue returns the queue URL" "https://sqs.us-east-1.amazonaws.com/123456789012/orders" "$Q"
check "get-queue-url" "$Q" "$(aws sqs get-queue-url --queue-name orders | json "d['QueueUrl']")"
check "list-queues" "['$Q']" "$(aws sqs list-queues | json "d['QueueUrls']")"
aws sqs set-queue-attributes --queue-url "$Q" --attributes DelaySeconds=0,ReceiveMessageWaitTimeSeconds=0 >/dev/null
check "get-queue-attributes" "5" "$(aws sqs get-queue-attributes --queue-url "$Q" --attribute-names All | json "d['Attributes']['VisibilityTimeout']")"
aws sqs tag-queue --queue-url "$Q" --tags team=checkout >/dev/null
check "tags" "{'team': 'checkout'}" "$(aws sqs list-queue-tags --queue-url "$Q" | json "d['Tags']")"
aws sqs untag-queue --queue-url "$Q" --tag-keys team >/dev/null
check "untag" "{}" "$(aws sqs list-queue-tags --queue-url "$Q" | json "d.get('Tags')")"

MD5=$(aws sqs send-message --queue-url "$Q" --message-body "hello" | json "d['MD5OfMessageBody']")
check "send-message MD5" "5d41402abc4b2a76b9719d911017c592" "$MD5"
R=$(aws sqs receive-message --queue-url "$Q" --wait-time-seconds 1 --attribute-names All --message-attribute-names All)
check "receive-message body" "hello" "$(echo "$R" | json "d['Messages'][0]['Body']")"
check "receive count" "1" "$(echo "$R" | json "d['Messages'][0]['Attributes']['ApproximateReceiveCount']")"
RH=$(echo "$R" | json "d['Messages'][0]['ReceiptHandle']")
check "in flight: nothing to receive" "" "$(aws sqs receive-message --queue-url "$Q")"
advance 6000
R2=$(aws sqs receive-message --queue-url "$Q" --wait-time-seconds 1 --attribute-names ApproximateReceiveCount)
check "back after the visibility timeout" "2" "$(echo "$R2" | json "d['Messages'][0]['Attributes']['ApproximateReceiveCount']")"
RH2=$(echo "$R2" | json "d['Messages'][0]['ReceiptHandle']")
check "receipt handles change per receive" "yes" "$([ "$RH" != "$RH2" ] && echo yes)"
aws sqs change-message-visibility --queue-url "$Q" --receipt-handle "$RH2" --visibility-timeout 100 >/dev/null
check "change-message-visibility" "0" "$?"
aws sqs delete-message --queue-url "$Q" --receipt-handle "$RH2"
check "delete-message" "0" "$?"
advance 200000
check "a deleted message never returns" "" "$(aws sqs receive-message --queue-url "$Q")"

B=$(aws sqs send-message-batch --queue-url "$Q" --entries Id=1,MessageBody=a Id=2,MessageBody=b)
check "send-message-batch" "2" "$(echo "$B" | json "len(d['Successful'])")"
got=$(aws sqs receive-message --queue-url "$Q" --max-number-of-messages 10 --wait-time-seconds 1)
n=$(echo "$got" | json "len(d['Messages'])")
entries=$(echo "$got" | json "' '.join('Id=%d,ReceiptHandle=%s' % (i, m['ReceiptHandle']) for i, m in enumerate(d['Messages']))")
cv=$(aws sqs change-message-visibility-batch --queue-url "$Q" --entries $(echo "$entries" | sed 's/\(ReceiptHandle=[^ ]*\)/\1,VisibilityTimeout=30/g'))
check "change-message-visibility-batch" "$n" "$(echo "$cv" | json "len(d['Successful'])")"
db=$(aws sqs delete-message-batch --queue-url "$Q" --entries $entries)
check "delete-message-batch" "$n" "$(echo "$db" | json "len(d['Successful'])")"
aws sqs purge-queue --queue-url "$Q"
check "purge-queue" "0" "$?"
err=$(aws sqs purge-queue --queue-url "$Q" 2>&1 >/dev/null)
check "a second purge within 60 s is refused" "yes" "$(echo "$err" | grep -q PurgeQueueInProgress && echo yes)"

D=$(aws sqs create-queue --queue-name orders-dlq | json "d['QueueUrl']")
DARN=$(aws sqs get-queue-attributes --queue-url "$D" --attribute-names QueueArn | json "d['Attributes']['QueueArn']")
aws sqs set-queue-attributes --queue-url "$Q" --attributes "{\"RedrivePolicy\":\"{\\\"deadLetterTargetArn\\\":\\\"$DARN\\\",\\\"maxReceiveCount\\\":\\\"1\\\"}\"}"
advance 61000
aws sqs send-message --queue-url "$Q" --message-body poison >/dev/null
aws sqs receive-message --queue-url "$Q" --wait-time-seconds 1 >/dev/null
advance 6000
check "the receive past maxReceiveCount moves it to the DLQ" "" "$(aws sqs receive-message --queue-url "$Q" --wait-time-seconds 1)"
check "list-dead-letter-source-queues" "['$Q']" "$(aws sqs list-dead-letter-source-queues --queue-url "$D" | json "d['queueUrls']")"
check "the poison message is in the DLQ" "poison" "$(aws sqs receive-message --queue-url "$D" --wait-time-seconds 1 --visibility-timeout 0 | json "d['Messages'][0]['Body']")"
T=$(aws sqs start-message-move-task --source-arn "$DARN" --max-number-of-messages-per-second 10 | json "d['TaskHandle']")
check "start-message-move-task" "yes" "$([ -n "$T" ] && echo yes)"
advance 2000
check "list-message-move-tasks" "COMPLETED" "$(aws sqs list-message-move-tasks --source-arn "$DARN" | json "d['Results'][0]['Status']")"
T2=$(aws sqs start-message-move-task --source-arn "$DARN" | json "d['TaskHandle']" 2>/dev/null)
aws sqs cancel-message-move-task --task-handle "${T2:-x}" >/dev/null 2>&1; true
check "redriven back to the source" "poison" "$(aws sqs receive-message --queue-url "$Q" --wait-time-seconds 1 | json "d['Messages'][0]['Body']")"

aws sqs add-permission --queue-url "$Q" --label partner --aws-account-ids 111122223333 --actions ReceiveMessage
check "add-permission writes the policy" "partner" "$(aws sqs get-queue-attributes --queue-url "$Q" --attribute-names Policy | json "__import__('json').loads(d['Attributes']['Policy'])['Statement'][0]['Sid']")"
aws sqs remove-permission --queue-url "$Q" --label partner
check "remove-permission" "0" "$?"

F=$(aws sqs create-queue --queue-name jobs.fifo --attributes FifoQueue=true,ContentBasedDeduplication=true | json "d['QueueUrl']")
a=$(aws sqs send-message --queue-url "$F" --message-body same --message-group-id g | json "d['MessageId']")
b=$(aws sqs send-message --queue-url "$F" --message-body same --message-group-id g | json "d['MessageId']")
check "FIFO content-based deduplication returns the first message id" "$a" "$b"
check "FIFO dedup enqueues once" "1" "$(aws sqs get-queue-attributes --queue-url "$F" --attribute-names ApproximateNumberOfMessages | json "d['Attributes']['ApproximateNumberOfMessages']")"

err=$(aws sqs get-queue-url --queue-name nope 2>&1 >/dev/null); code=$?
# AWS CLI v1 (what PyPI has) exits 255 on a service error; v2 exits 254.
check "errors: code and exit status" "255 yes" "$code $(echo "$err" | grep -q 'AWS.SimpleQueueService.NonExistentQueue' && echo yes)"
aws sqs delete-queue --queue-url "$F"; aws sqs delete-queue --queue-url "$D"; aws sqs delete-queue --queue-url "$Q"
check "delete-queue" "None" "$(aws sqs list-queues | json "d.get('QueueUrls')")"

# SNS over the query protocol: the CLI parses our XML.
T=$(aws sns create-topic --name orders | json "d['TopicArn']")
check "sns create-topic" "arn:aws:sns:us-east-1:123456789012:orders" "$T"
check "sns list-topics" "['$T']" "$(aws sns list-topics | json "[t['TopicArn'] for t in d['Topics']]")"
P=$(aws sqs create-queue --queue-name placed | json "d['QueueUrl']")
POLICY="{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sns.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:123456789012:placed\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"$T\"}}}]}"
aws sqs set-queue-attributes --queue-url "$P" --attributes "$(python3 -c 'import json,sys; print(json.dumps({"Policy": sys.argv[1]}))' "$POLICY")"
S=$(aws sns subscribe --topic-arn "$T" --protocol sqs --notification-endpoint arn:aws:sqs:us-east-1:123456789012:placed --attributes '{"FilterPolicy":"{\"status\":[\"placed\"]}","RawMessageDelivery":"true"}' | json "d['SubscriptionArn']")
check "sns subscribe" "yes" "$(case "$S" in "$T":*) echo yes;; esac)"
check "sns get-subscription-attributes" "true" "$(aws sns get-subscription-attributes --subscription-arn "$S" | json "d['Attributes']['RawMessageDelivery']")"
aws sns publish --topic-arn "$T" --message "order 1" --message-attributes '{"status":{"DataType":"String","StringValue":"placed"}}' >/dev/null
aws sns publish --topic-arn "$T" --message "order 2" --message-attributes '{"status":{"DataType":"String","StringValue":"declined"}}' >/dev/null
check "filter policy: only the placed order arrives" "['order 1']" "$(aws sqs receive-message --queue-url "$P" --wait-time-seconds 1 --max-number-of-messages 10 | json "[m['Body'] for m in d['Messages']]")"
err=$(aws sns get-topic-attributes --topic-arn arn:aws:sns:us-east-1:123456789012:nope 2>&1 >/dev/null)
check "sns errors come back as AWS's" "yes" "$(echo "$err" | grep -q '(NotFound)' && echo yes)"
aws sns tag-resource --resource-arn "$T" --tags Key=team,Value=checkout >/dev/null
check "sns tag-resource (an empty TagResourceResult the CLI can read)" "$?" "0"
check "sns list-tags-for-resource" "[{'Key': 'team', 'Value': 'checkout'}]" "$(aws sns list-tags-for-resource --resource-arn "$T" | json "d['Tags']")"
aws sns untag-resource --resource-arn "$T" --tag-keys team >/dev/null
check "sns untag-resource" "0 []" "$? $(aws sns list-tags-for-resource --resource-arn "$T" | json "d['Tags']")"
aws sns add-permission --topic-arn "$T" --label let-partner-publish --aws-account-id 210987654321 --action-name Publish >/dev/null
check "sns add-permission" "yes" "$(aws sns get-topic-attributes --topic-arn "$T" | json "d['Attributes']['Policy']" | grep -q let-partner-publish && echo yes)"
err=$(aws sns add-permission --topic-arn "$T" --label let-partner-publish --aws-account-id 210987654321 --action-name Publish 2>&1 >/dev/null)
check "sns add-permission refuses a label in use" "yes" "$(echo "$err" | grep -q '(InvalidParameter)' && echo yes)"
aws sns remove-permission --topic-arn "$T" --label let-partner-publish >/dev/null
check "sns remove-permission" "no" "$(aws sns get-topic-attributes --topic-arn "$T" | json "d['Attributes']['Policy']" | grep -q let-partner-publish && echo yes || echo no)"
check "sns subscribe https is pending" "pending confirmation" "$(aws sns subscribe --topic-arn "$T" --protocol https --notification-endpoint https://example.com/hook | json "d['SubscriptionArn']")"
err=$(aws sns confirm-subscription --topic-arn "$T" --token 0badc0de 2>&1 >/dev/null)
check "sns confirm-subscription with a bad token" "yes" "$(echo "$err" | grep -q '(InvalidParameter)' && echo yes)"
APP=$(aws sns create-platform-application --name phones --platform GCM --attributes PlatformCredential=k3y | json "d['PlatformApplicationArn']")
check "sns create-platform-application" "arn:aws:sns:us-east-1:123456789012:app/GCM/phones" "$APP"
EPA=$(aws sns create-platform-endpoint --platform-application-arn "$APP" --token device-1 --custom-user-data alice | json "d['EndpointArn']")
check "sns create-platform-endpoint is idempotent" "$EPA" "$(aws sns create-platform-endpoint --platform-application-arn "$APP" --token device-1 --custom-user-data alice | json "d['EndpointArn']")"
err=$(aws sns create-platform-endpoint --platform-application-arn "$APP" --token device-1 2>&1 >/dev/null)
check "sns create-platform-endpoint: same token, other attributes" "yes" "$(echo "$err" | grep -q 'already exists with the same Token, but different attributes' && echo yes)"
check "sns list-endpoints-by-platform-application" "[{'EndpointArn': '$EPA', 'Attributes': {'CustomUserData': 'alice', 'Enabled': 'true', 'Token': 'device-1'}}]" "$(aws sns list-endpoints-by-platform-application --platform-application-arn "$APP" | json "d['Endpoints']")"
S2=$(aws sns subscribe --topic-arn "$T" --protocol application --notification-endpoint "$EPA" | json "d['SubscriptionArn']")
check "sns subscribe application" "yes" "$(case "$S2" in "$T":*) echo yes;; esac)"
aws sns set-endpoint-attributes --endpoint-arn "$EPA" --attributes Enabled=false
err=$(aws sns publish --target-arn "$EPA" --message hi 2>&1 >/dev/null)
check "sns publish to a disabled endpoint" "yes" "$(echo "$err" | grep -q '(EndpointDisabled)' && echo yes)"
aws sns set-endpoint-attributes --endpoint-arn "$EPA" --attributes Enabled=true
check "sns publish --target-arn an endpoint" "36" "$(aws sns publish --target-arn "$EPA" --message-structure json --message '{"default":"d","GCM":"{\"notification\":{}}"}' | json "len(d['MessageId'])")"
aws sns delete-platform-application --platform-application-arn "$APP"
err=$(aws sns get-endpoint-attributes --endpoint-arn "$EPA" 2>&1 >/dev/null)
check "sns delete-platform-application deletes its endpoints" "yes" "$(echo "$err" | grep -q '(NotFound).*Endpoint does not exist' && echo yes)"
aws sns set-sms-attributes --attributes DefaultSMSType=Transactional
check "sns set/get-sms-attributes" "{'DefaultSMSType': 'Transactional', 'MonthlySpendLimit': '1'}" "$(aws sns get-sms-attributes | json "d['attributes']")"
check "sns check-if-phone-number-is-opted-out" "False" "$(aws sns check-if-phone-number-is-opted-out --phone-number +15555550100 | json "d['isOptedOut']")"
aws sns create-sms-sandbox-phone-number --phone-number +15555550123 --language-code en-US >/dev/null
check "sns create/list-sms-sandbox-phone-numbers" "[{'PhoneNumber': '+15555550123', 'Status': 'Pending'}]" "$(aws sns list-sms-sandbox-phone-numbers | json "d['PhoneNumbers']")"
err=$(aws sns verify-sms-sandbox-phone-number --phone-number +15555550123 --one-time-password 00000 2>&1 >/dev/null)
check "sns verify-sms-sandbox-phone-number with a wrong password" "yes" "$(echo "$err" | grep -q '(VerificationException)' && echo yes)"
check "sns list-origination-numbers" "[]" "$(aws sns list-origination-numbers | json "d.get('PhoneNumbers', [])")"
check "sns publish --phone-number" "36" "$(aws sns publish --phone-number +15555550100 --message 'your code is 1234' | json "len(d['MessageId'])")"
aws sns unsubscribe --subscription-arn "$S"
aws sns delete-topic --topic-arn "$T"
check "sns delete-topic" "[]" "$(aws sns list-topics | json "d.get('Topics')")"

# S3 over REST-XML, path-style: the CLI uploads with aws-chunked bodies and
# trailing checksums where it chooses to, and parses our XML.
check "s3api create-bucket" "/media" "$(aws s3api create-bucket --bucket media | json "d['Location']")"
head -c 3000 /dev/urandom > "$out/upload.bin"
printf 'a text file\n' > "$out/a.txt"
E=$(aws s3api put-object --bucket media --key "raw/one file.bin" --body "$out/upload.bin" | json "d['ETag']")
check "s3api put-object ETag is the quoted MD5" "\"$(md5sum "$out/upload.bin" | cut -d' ' -f1)\"" "$E"
aws s3api put-object --bucket media --key docs/a.txt --body "$out/a.txt" --content-type text/plain --metadata team=blue >/dev/null
check "s3api list-objects-v2" "['docs/a.txt', 'raw/one file.bin']" "$(aws s3api list-objects-v2 --bucket media | json "[c['Key'] for c in d['Contents']]")"
check "s3api list-objects-v2 --delimiter" "['docs/', 'raw/']" "$(aws s3api list-objects-v2 --bucket media --delimiter / | json "[p['Prefix'] for p in d['CommonPrefixes']]")"
check "s3api list-objects-v2 paginates" "2" "$(aws s3api list-objects-v2 --bucket media --page-size 1 | json "len(d['Contents'])")"
aws s3api get-object --bucket media --key "raw/one file.bin" "$out/download.bin" >/dev/null
check "s3api get-object writes the body to the outfile" "yes" "$(cmp -s "$out/upload.bin" "$out/download.bin" && echo yes)"
check "s3api head-object" "text/plain blue" "$(aws s3api head-object --bucket media --key docs/a.txt | json "d['ContentType'] + ' ' + d['Metadata']['team']")"
err=$(aws s3api get-object --bucket media --key nope "$out/x" 2>&1 >/dev/null)
check "s3api NoSuchKey" "yes" "$(echo "$err" | grep -q '(NoSuchKey)' && echo yes)"
EQ=$(aws sqs create-queue --queue-name media-events | json "d['QueueUrl']")
NC='{"QueueConfigurations":[{"Id":"created","QueueArn":"arn:aws:sqs:us-east-1:123456789012:media-events","Events":["s3:ObjectCreated:*"],"Filter":{"Key":{"FilterRules":[{"Name":"prefix","Value":"in/"}]}}}]}'
err=$(aws s3api put-bucket-notification-configuration --bucket media --notification-configuration "$NC" 2>&1 >/dev/null)
check "a queue whose policy does not allow the bucket fails validation" "yes" "$(echo "$err" | grep -q 'Unable to validate the following destination configurations' && echo yes)"
QP="{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"s3.amazonaws.com\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:123456789012:media-events\",\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:s3:::media\"},\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"}}}]}"
aws sqs set-queue-attributes --queue-url "$EQ" --attributes "$(python3 -c 'import json,sys; print(json.dumps({"Policy": sys.argv[1]}))' "$QP")"
printf '%s' "$NC" > "$out/nc.json"
aws s3api put-bucket-notification-configuration --bucket media --notification-configuration "file://$out/nc.json"
check "s3api put-bucket-notification-configuration" "0" "$?"
check "get-bucket-notification-configuration" "created in/" "$(aws s3api get-bucket-notification-configuration --bucket media | json "d['QueueConfigurations'][0]['Id'] + ' ' + d['QueueConfigurations'][0]['Filter']['Key']['FilterRules'][0]['Value']")"
check "the test event arrived" "s3:TestEvent" "$(aws sqs receive-message --queue-url "$EQ" --wait-time-seconds 1 --visibility-timeout 0 | json "__import__('json').loads(d['Messages'][0]['Body'])['Event']")"
aws sqs purge-queue --queue-url "$EQ"
aws s3api put-object --bucket media --key "in/report 1.csv" --body "$out/a.txt" >/dev/null
R=$(aws sqs receive-message --queue-url "$EQ" --wait-time-seconds 1 | json "__import__('json').loads(d['Messages'][0]['Body'])['Records'][0]")
check "put-object's event arrives in the queue" "ObjectCreated:Put in/report+1.csv created media" "$(echo "$R" | python3 -c "import ast,sys; r=ast.literal_eval(sys.stdin.read()); print(r['eventName'], r['s3']['object']['key'], r['s3']['configurationId'], r['s3']['bucket']['name'])")"
err=$(aws s3api put-bucket-notification-configuration --bucket media --notification-configuration '{"QueueConfigurations":[{"QueueArn":"arn:aws:sqs:us-east-1:123456789012:media-events","Events":["s3:ObjectCreated:*"]},{"QueueArn":"arn:aws:sqs:us-east-1:123456789012:media-events","Events":["s3:ObjectCreated:Put"]}]}' 2>&1 >/dev/null)
check "overlapping configurations are refused" "yes" "$(echo "$err" | grep -q '(InvalidArgument).*Configurations overlap' && echo yes)"
head -c 9000000 /dev/urandom > "$out/big.bin"
aws s3 cp "$out/big.bin" s3://media/big.bin >/dev/null 2>&1
check "aws s3 cp of 9 MB: a multipart upload (ETag ends -2)" "yes" "$(aws s3api head-object --bucket media --key big.bin | json "d['ETag']" | grep -q -- '-2"$' && echo yes)"
aws s3 cp s3://media/big.bin "$out/big-back.bin" >/dev/null 2>&1
check "aws s3 cp back: ranged GETs reassemble the file" "yes" "$(cmp -s "$out/big.bin" "$out/big-back.bin" && echo yes)"
aws s3 rm s3://media/big.bin >/dev/null
aws s3api delete-object --bucket media --key docs/a.txt
check "s3api delete-object" "0" "$?"
err=$(aws s3api delete-bucket --bucket media 2>&1 >/dev/null)
check "delete-bucket refuses a bucket with objects" "yes" "$(echo "$err" | grep -q '(BucketNotEmpty)' && echo yes)"
# Kinesis Data Streams over AWS JSON 1.1: the hands-on commands of the notes
# (CLI v1 form of put-record: v1 base64-encodes the raw --data itself).
aws kinesis create-stream --stream-name kinesis-demo --shard-count 1
check "kinesis create-stream" "0" "$?"
advance 1500
DS=$(aws kinesis describe-stream --stream-name kinesis-demo)
check "kinesis describe-stream ACTIVE" "ACTIVE" "$(echo "$DS" | json "d['StreamDescription']['StreamStatus']")"
SH=$(echo "$DS" | json "d['StreamDescription']['Shards'][0]['ShardId']")
check "kinesis shard id" "shardId-000000000000" "$SH"
check "kinesis one shard spans the key space" "340282366920938463463374607431768211455" "$(echo "$DS" | json "d['StreamDescription']['Shards'][0]['HashKeyRange']['EndingHashKey']")"
PR=$(aws kinesis put-record --stream-name kinesis-demo --partition-key user1 --data "user signup")
check "kinesis put-record" "shardId-000000000000" "$(echo "$PR" | json "d['ShardId']")"
SEQ=$(echo "$PR" | json "d['SequenceNumber']")
check "kinesis sequence numbers have 56 digits" "56" "${#SEQ}"
IT=$(aws kinesis get-shard-iterator --stream-name kinesis-demo --shard-id "$SH" --shard-iterator-type TRIM_HORIZON | json "d['ShardIterator']")
check "kinesis get-shard-iterator" "yes" "$([ -n "$IT" ] && echo yes)"
GR=$(aws kinesis get-records --shard-iterator "$IT")
check "kinesis get-records shows the record back (base64)" "dXNlciBzaWdudXA= user1 $SEQ" "$(echo "$GR" | json "' '.join([d['Records'][0]['Data'], d['Records'][0]['PartitionKey'], d['Records'][0]['SequenceNumber']])")"
check "kinesis get-records NextShardIterator" "yes" "$(echo "$GR" | json "'yes' if d.get('NextShardIterator') else 'no'")"
aws kinesis put-records --stream-name kinesis-demo --records Data=YQ==,PartitionKey=a Data=Yg==,PartitionKey=b >/dev/null
check "kinesis list-shards" "['shardId-000000000000']" "$(aws kinesis list-shards --stream-name kinesis-demo | json "[s['ShardId'] for s in d['Shards']]")"
aws kinesis split-shard --stream-name kinesis-demo --shard-to-split "$SH" --new-starting-hash-key 170141183460469231731687303715884105728
advance 1500
check "kinesis split-shard makes two children" "2" "$(aws kinesis list-shards --stream-name kinesis-demo --shard-filter Type=AT_LATEST | json "len(d['Shards'])")"
EM=$(aws kinesis enable-enhanced-monitoring --stream-name kinesis-demo --shard-level-metrics IncomingRecords)
check "kinesis enable-enhanced-monitoring" "[] ['IncomingRecords']" "$(echo "$EM" | json "str(d['CurrentShardLevelMetrics']) + ' ' + str(d['DesiredShardLevelMetrics'])")"
advance 1500
aws kinesis put-record --stream-name kinesis-demo --partition-key user1 --data "c2hhcmQ=" >/dev/null
check "kinesis shard-level metric listed with its shard" "yes" "$(aws cloudwatch list-metrics --namespace AWS/Kinesis --metric-name IncomingRecords | json "'yes' if any(len(m['Dimensions']) == 2 for m in d['Metrics']) else 'no'")"
err=$(aws kinesis describe-stream --stream-name nope 2>&1 >/dev/null)
check "kinesis errors come back as AWS's" "yes" "$(echo "$err" | grep -q '(ResourceNotFoundException)' && echo yes)"
aws kinesis delete-stream --stream-name kinesis-demo
advance 1500
check "kinesis delete-stream" "[]" "$(aws kinesis list-streams | json "d['StreamNames']")"

# Lambda (REST-JSON): a function, an invoke, a poison message through an SQS mapping.
printf 'exports.handler = async () => null\n' > "$out/index.js"
python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w'); z.write(sys.argv[2],'index.js'); z.close()" "$out/f.zip" "$out/index.js"
F=$(aws lambda create-function --function-name worker --runtime nodejs20.x --handler index.handler \
  --role arn:aws:iam::123456789012:role/lambda-role --zip-file "fileb://$out/f.zip" --timeout 5 \
  --environment "Variables={SWITCHYARD_DURATION_MS=200,SWITCHYARD_FAIL_IF_CONTAINS=poison,SWITCHYARD_RESPONSE=\"ok\"}")
check "lambda create-function" "arn:aws:lambda:us-east-1:123456789012:function:worker Pending" "$(echo "$F" | json "d['FunctionArn'] + ' ' + d['State']")"
# AWS's own waiter polls GetFunction until the function is Active.
aws lambda wait function-active-v2 --function-name worker
check "lambda wait function-active-v2" "0" "$?"
check "lambda function is Active" "Active Successful" "$(aws lambda get-function --function-name worker | json "d['Configuration']['State'] + ' ' + d['Configuration']['LastUpdateStatus']")"
err=$(aws lambda create-function --function-name worker --runtime nodejs20.x --handler index.handler --role arn:aws:iam::123456789012:role/lambda-role --zip-file "fileb://$out/f.zip" 2>&1 >/dev/null)
check "lambda duplicate function is a conflict" "yes" "$(echo "$err" | grep -q '(ResourceConflictException).*Function already exist: worker' && echo yes)"
check "lambda list-functions" "['worker']" "$(aws lambda list-functions | json "[f['FunctionName'] for f in d['Functions']]")"
INV=$(aws lambda invoke --function-name worker --payload '{"job":1}' "$out/resp.json")
check "lambda invoke answers 200" "200" "$(echo "$INV" | json "d['StatusCode']")"
check "lambda invoke writes the payload" '"ok"' "$(cat "$out/resp.json")"
INV=$(aws lambda invoke --function-name worker --payload '{"job":"poison"}' "$out/resp2.json")
check "lambda invoke reports FunctionError" "Unhandled" "$(echo "$INV" | json "d['FunctionError']")"
err=$(aws lambda get-function --function-name nope 2>&1 >/dev/null)
check "lambda missing function is ResourceNotFoundException" "yes" "$(echo "$err" | grep -q '(ResourceNotFoundException).*Function not found' && echo yes)"
LD=$(aws sqs create-queue --queue-name jobs-dlq | json "d['QueueUrl']")
LQ=$(aws sqs create-queue --queue-name jobs --attributes '{"VisibilityTimeout":"10","RedrivePolicy":"{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:jobs-dlq\",\"maxReceiveCount\":\"2\"}"}' | json "d['QueueUrl']")
M=$(aws lambda create-event-source-mapping --function-name worker --event-source-arn arn:aws:sqs:us-east-1:123456789012:jobs --batch-size 1)
check "lambda create-event-source-mapping" "Creating" "$(echo "$M" | json "d['State']")"
UUID=$(echo "$M" | json "d['UUID']")
for i in 1 2 3; do aws sqs send-message --queue-url "$LQ" --message-body "job $i" >/dev/null; done
aws sqs send-message --queue-url "$LQ" --message-body "poison" >/dev/null
advance 3000
check "lambda mapping enabled" "Enabled" "$(aws lambda get-event-source-mapping --uuid "$UUID" | json "d['State']")"
advance 60000
check "lambda mapping drained the queue" "0 0" "$(aws sqs get-queue-attributes --queue-url "$LQ" --attribute-names All | json "d['Attributes']['ApproximateNumberOfMessages'] + ' ' + d['Attributes']['ApproximateNumberOfMessagesNotVisible']")"
check "lambda poison message in the DLQ" "poison" "$(aws sqs receive-message --queue-url "$LD" --wait-time-seconds 1 | json "d['Messages'][0]['Body']")"
aws lambda delete-event-source-mapping --uuid "$UUID" >/dev/null
advance 3000
check "lambda delete-event-source-mapping" "[]" "$(aws lambda list-event-source-mappings | json "d['EventSourceMappings']")"
aws lambda delete-function --function-name worker
check "lambda delete-function" "[]" "$(aws lambda list-functions | json "d['Functions']")"
# CloudWatch (AWS JSON 1.0, GraniteServiceVersion20100801): the queue's metrics,
# an alarm on its depth, custom metrics. The world's clock starts at
# 2026-01-01T00:00:00Z; `advance` moves it past minute boundaries. The server's
# clock also follows the wall clock, so first move it to just past a minute
# boundary: a new alarm is evaluated at the next one, which must not fall
# between creating it and reading its first state.
now_ms=$(python3 -c "import json,urllib.request,sys; print(json.load(urllib.request.urlopen(sys.argv[1]))['now_ms'])" "$EP/_switchyard/clock")
advance $(( 60000 - now_ms % 60000 + 100 ))
CQ=$(aws sqs create-queue --queue-name cw-jobs | json "d['QueueUrl']")
for i in 1 2 3; do aws sqs send-message --queue-url "$CQ" --message-body "job $i" >/dev/null; done
aws cloudwatch put-metric-alarm --alarm-name cw-jobs-deep --namespace AWS/SQS --metric-name ApproximateNumberOfMessagesVisible \
  --dimensions Name=QueueName,Value=cw-jobs --statistic Maximum --period 60 --evaluation-periods 1 \
  --threshold 2 --comparison-operator GreaterThanOrEqualToThreshold
check "cloudwatch put-metric-alarm" "0" "$?"
check "cloudwatch new alarm is INSUFFICIENT_DATA" "INSUFFICIENT_DATA" "$(aws cloudwatch describe-alarms --alarm-names cw-jobs-deep | json "d['MetricAlarms'][0]['StateValue']")"
advance 130000
check "cloudwatch alarm goes to ALARM on the queue's depth" "ALARM" "$(aws cloudwatch describe-alarms --alarm-names cw-jobs-deep | json "d['MetricAlarms'][0]['StateValue']")"
check "cloudwatch list-metrics names AWS/SQS metrics" "True" "$(aws cloudwatch list-metrics --namespace AWS/SQS --metric-name ApproximateNumberOfMessagesVisible | json "any(m['Dimensions'] == [{'Name': 'QueueName', 'Value': 'cw-jobs'}] for m in d['Metrics'])")"
GMS=$(aws cloudwatch get-metric-statistics --namespace AWS/SQS --metric-name NumberOfMessagesSent --dimensions Name=QueueName,Value=cw-jobs \
  --start-time 2026-01-01T00:00:00Z --end-time 2026-01-02T00:00:00Z --period 86400 --statistics Sum)
check "cloudwatch get-metric-statistics sums NumberOfMessagesSent" "3.0" "$(echo "$GMS" | json "d['Datapoints'][0]['Sum']")"
GMD=$(aws cloudwatch get-metric-data --start-time 2026-01-01T00:00:00Z --end-time 2026-01-01T01:00:00Z --metric-data-queries \
  '[{"Id":"depth","MetricStat":{"Metric":{"Namespace":"AWS/SQS","MetricName":"ApproximateNumberOfMessagesVisible","Dimensions":[{"Name":"QueueName","Value":"cw-jobs"}]},"Period":60,"Stat":"Maximum"}}]')
check "cloudwatch get-metric-data" "depth 3.0" "$(echo "$GMD" | json "d['MetricDataResults'][0]['Id'] + ' ' + str(d['MetricDataResults'][0]['Values'][0])")"
aws cloudwatch set-alarm-state --alarm-name cw-jobs-deep --state-value OK --state-reason "testing the alarm"
check "cloudwatch set-alarm-state" "OK testing the alarm" "$(aws cloudwatch describe-alarms --alarm-names cw-jobs-deep | json "d['MetricAlarms'][0]['StateValue'] + ' ' + d['MetricAlarms'][0]['StateReason']")"
check "cloudwatch describe-alarm-history" "StateUpdate" "$(aws cloudwatch describe-alarm-history --alarm-name cw-jobs-deep --max-records 1 | json "d['AlarmHistoryItems'][0]['HistoryItemType']")"
aws cloudwatch put-metric-data --namespace Checkout --metric-name Latency --unit Milliseconds --value 42
check "cloudwatch put-metric-data" "0" "$?"
err=$(aws cloudwatch put-metric-data --namespace AWS/SQS --metric-name X --value 1 2>&1 >/dev/null)
check "cloudwatch errors come back with the query-compatible code" "yes" "$(echo "$err" | grep -q '(InvalidParameterValue)' && echo yes)"
err=$(aws cloudwatch delete-alarms --alarm-names no-such-alarm 2>&1 >/dev/null)
check "cloudwatch delete-alarms of an unknown alarm" "yes" "$(echo "$err" | grep -q '(ResourceNotFound)' && echo yes)"
aws cloudwatch delete-alarms --alarm-names cw-jobs-deep
check "cloudwatch delete-alarms" "[]" "$(aws cloudwatch describe-alarms | json "d['MetricAlarms']")"

# Auto Scaling over the query protocol: groups of simulated consumers are made
# in the world (not by CreateAutoScalingGroup, refused by name).
check "autoscaling describe-auto-scaling-groups" "[]" "$(aws autoscaling describe-auto-scaling-groups | json "d['AutoScalingGroups']")"
err=$(aws autoscaling create-auto-scaling-group --auto-scaling-group-name g --min-size 1 --max-size 2 --launch-template LaunchTemplateName=tpl 2>&1 >/dev/null)
check "autoscaling create-auto-scaling-group is refused by name" "yes" "$(echo "$err" | grep -q '(NotImplemented)' && echo yes)"
err=$(aws autoscaling set-desired-capacity --auto-scaling-group-name nope --desired-capacity 1 2>&1 >/dev/null)
check "autoscaling set-desired-capacity of an unknown group" "yes" "$(echo "$err" | grep -q '(ValidationError)' && echo yes)"
# Firehose over AWS JSON 1.1: the notes' hands-on -- a delivery stream reading a
# Kinesis stream, delivering to S3 with a 1 MB / 60 s buffer -- then Direct PUT.
ROLE=arn:aws:iam::123456789012:role/firehose
aws s3api create-bucket --bucket firehose-demo >/dev/null
aws kinesis create-stream --stream-name fh-source --shard-count 1
advance 1500
aws firehose create-delivery-stream --delivery-stream-name fh-demo --delivery-stream-type KinesisStreamAsSource \
  --kinesis-stream-source-configuration "KinesisStreamARN=arn:aws:kinesis:us-east-1:123456789012:stream/fh-source,RoleARN=$ROLE" \
  --extended-s3-destination-configuration "{\"RoleARN\":\"$ROLE\",\"BucketARN\":\"arn:aws:s3:::firehose-demo\",\"BufferingHints\":{\"SizeInMBs\":1,\"IntervalInSeconds\":60},\"CompressionFormat\":\"GZIP\"}" >"$out/fh.json"
check "firehose create-delivery-stream ARN" "arn:aws:firehose:us-east-1:123456789012:deliverystream/fh-demo" "$(json "d['DeliveryStreamARN']" <"$out/fh.json")"
check "firehose CREATING" "CREATING" "$(aws firehose describe-delivery-stream --delivery-stream-name fh-demo | json "d['DeliveryStreamDescription']['DeliveryStreamStatus']")"
advance 5000
FD=$(aws firehose describe-delivery-stream --delivery-stream-name fh-demo)
check "firehose ACTIVE" "ACTIVE" "$(echo "$FD" | json "d['DeliveryStreamDescription']['DeliveryStreamStatus']")"
check "firehose buffering hints" "{'SizeInMBs': 1, 'IntervalInSeconds': 60}" "$(echo "$FD" | json "d['DeliveryStreamDescription']['Destinations'][0]['ExtendedS3DestinationDescription']['BufferingHints']")"
aws kinesis put-record --stream-name fh-source --partition-key user1 --data "user signup" >/dev/null
aws kinesis put-record --stream-name fh-source --partition-key user2 --data " user login" >/dev/null
advance 2000
check "firehose buffers for 60 s" "0" "$(aws s3api list-objects-v2 --bucket firehose-demo | json "len(d.get('Contents', []))")"
advance 60000
KEY=$(aws s3api list-objects-v2 --bucket firehose-demo | json "d['Contents'][0]['Key']")
check "firehose object key layout" "yes" "$(echo "$KEY" | grep -Eq '^2026/01/01/[0-9]{2}/fh-demo-1-2026-01-01-[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9a-f-]{36}\.gz$' && echo yes)"
aws s3api get-object --bucket firehose-demo --key "$KEY" "$out/fh.gz" >/dev/null
check "firehose gzip object holds the records" "user signup user login" "$(gunzip -c "$out/fh.gz")"
err=$(aws firehose put-record --delivery-stream-name fh-demo --record Data=x 2>&1 >/dev/null)
check "firehose put-record refused on a Kinesis-sourced stream" "yes" "$(echo "$err" | grep -q '(InvalidArgumentException)' && echo yes)"
aws firehose create-delivery-stream --delivery-stream-name fh-direct \
  --extended-s3-destination-configuration "RoleARN=$ROLE,BucketARN=arn:aws:s3:::firehose-demo,Prefix=direct/,BufferingHints={SizeInMBs=1,IntervalInSeconds=0}" >/dev/null
advance 5000
RID=$(aws firehose put-record --delivery-stream-name fh-direct --record Data=hello | json "d['RecordId']")
check "firehose put-record RecordId" "yes" "$([ -n "$RID" ] && echo yes)"
PB=$(aws firehose put-record-batch --delivery-stream-name fh-direct --records Data=a Data=b)
check "firehose put-record-batch per-record results" "0 2" "$(echo "$PB" | json "'%d %d' % (d['FailedPutCount'], len(d['RequestResponses']))")"
advance 100
check "firehose direct objects (interval 0: delivered at once)" "yes" "$(aws s3api list-objects-v2 --bucket firehose-demo --prefix direct/ | json "'yes' if d.get('Contents') else 'no'")"
check "firehose list-delivery-streams" "['fh-demo', 'fh-direct']" "$(aws firehose list-delivery-streams | json "d['DeliveryStreamNames']")"
aws firehose tag-delivery-stream --delivery-stream-name fh-direct --tags Key=team,Value=data
check "firehose tags" "[{'Key': 'team', 'Value': 'data'}]" "$(aws firehose list-tags-for-delivery-stream --delivery-stream-name fh-direct | json "d['Tags']")"
err=$(aws firehose describe-delivery-stream --delivery-stream-name nope 2>&1 >/dev/null)
check "firehose errors come back as AWS's" "yes" "$(echo "$err" | grep -q '(ResourceNotFoundException)' && echo yes)"
aws firehose delete-delivery-stream --delivery-stream-name fh-direct
advance 5000
check "firehose delete-delivery-stream" "['fh-demo']" "$(aws firehose list-delivery-streams | json "d['DeliveryStreamNames']")"
# Firehose's other destinations: an HTTP endpoint (AllData backs up what was
# delivered) and Redshift (the intermediate object, then the COPY's manifest).
aws s3api create-bucket --bucket fh-backup >/dev/null
aws firehose create-delivery-stream --delivery-stream-name fh-http \
  --http-endpoint-destination-configuration "{\"EndpointConfiguration\":{\"Url\":\"https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input\",\"Name\":\"Datadog\"},\"BufferingHints\":{\"SizeInMBs\":1,\"IntervalInSeconds\":60},\"S3BackupMode\":\"AllData\",\"S3Configuration\":{\"RoleARN\":\"$ROLE\",\"BucketARN\":\"arn:aws:s3:::fh-backup\"}}" >/dev/null
aws firehose create-delivery-stream --delivery-stream-name fh-redshift \
  --redshift-destination-configuration "{\"RoleARN\":\"$ROLE\",\"ClusterJDBCURL\":\"jdbc:redshift://demo.abc123xyz.us-east-1.redshift.amazonaws.com:5439/dev\",\"CopyCommand\":{\"DataTableName\":\"events\",\"DataTableColumns\":\"id,name\",\"CopyOptions\":\"JSON 'auto'\"},\"Username\":\"firehose\",\"Password\":\"Secret123\",\"S3Configuration\":{\"RoleARN\":\"$ROLE\",\"BucketARN\":\"arn:aws:s3:::fh-backup\",\"Prefix\":\"staging/\",\"BufferingHints\":{\"SizeInMBs\":1,\"IntervalInSeconds\":60}}}" >/dev/null
advance 5000
check "firehose http endpoint description" "Datadog AllData" "$(aws firehose describe-delivery-stream --delivery-stream-name fh-http | json "' '.join([d['DeliveryStreamDescription']['Destinations'][0]['HttpEndpointDestinationDescription']['EndpointConfiguration']['Name'], d['DeliveryStreamDescription']['Destinations'][0]['HttpEndpointDestinationDescription']['S3BackupMode']])")"
check "firehose redshift description" "events JSON 'auto'" "$(aws firehose describe-delivery-stream --delivery-stream-name fh-redshift | json "' '.join([d['DeliveryStreamDescription']['Destinations'][0]['RedshiftDestinationDescription']['CopyCommand'][k] for k in ('DataTableName', 'CopyOptions')])")"
aws firehose put-record --delivery-stream-name fh-http --record Data=hello >/dev/null
aws firehose put-record --delivery-stream-name fh-redshift --record '{"Data":"{\"id\": 1, \"name\": \"ada\"}"}' >/dev/null
advance 60000
check "firehose http endpoint AllData backup" "1" "$(aws s3api list-objects-v2 --bucket fh-backup | json "len([c for c in d.get('Contents', []) if not c['Key'].startswith('staging/')])")"
check "firehose redshift manifest after the intermediate object" "1 1" "$(aws s3api list-objects-v2 --bucket fh-backup --prefix staging/ | json "'%d %d' % (len([c for c in d['Contents'] if c['Key'].startswith('staging/manifests/')]), len([c for c in d['Contents'] if not c['Key'].startswith('staging/manifests/')]))")"

# --- Kinesis Data Analytics (SQL): a tumbling-window count from one stream into another
aws kinesis create-stream --stream-name ka-in --shard-count 1
aws kinesis create-stream --stream-name ka-out --shard-count 1
advance 1000
KROLE=arn:aws:iam::123456789012:role/analytics
cat >"$out/ka-inputs.json" <<JSON
[{"NamePrefix": "SOURCE_SQL_STREAM",
  "KinesisStreamsInput": {"ResourceARN": "arn:aws:kinesis:us-east-1:123456789012:stream/ka-in", "RoleARN": "$KROLE"},
  "InputSchema": {"RecordFormat": {"RecordFormatType": "JSON", "MappingParameters": {"JSONMappingParameters": {"RecordRowPath": "$"}}},
    "RecordEncoding": "UTF-8",
    "RecordColumns": [{"Name": "TICKER_SYMBOL", "Mapping": "$.ticker", "SqlType": "VARCHAR(4)"}, {"Name": "PRICE", "Mapping": "$.price", "SqlType": "DOUBLE"}]}}]
JSON
cat >"$out/ka.sql" <<'SQL'
CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), trades INTEGER, high DOUBLE);
CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
  SELECT STREAM ticker_symbol, COUNT(*), MAX(price) FROM "SOURCE_SQL_STREAM_001"
  GROUP BY ticker_symbol, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '10' SECOND);
SQL
KA=$(aws kinesisanalytics create-application --application-name ka-demo --inputs "file://$out/ka-inputs.json" \
  --outputs "Name=DESTINATION_SQL_STREAM,KinesisStreamsOutput={ResourceARN=arn:aws:kinesis:us-east-1:123456789012:stream/ka-out,RoleARN=$KROLE},DestinationSchema={RecordFormatType=JSON}" \
  --application-code "file://$out/ka.sql")
check "kinesisanalytics create-application" "READY arn:aws:kinesisanalytics:us-east-1:123456789012:application/ka-demo" "$(echo "$KA" | json "d['ApplicationSummary']['ApplicationStatus'] + ' ' + d['ApplicationSummary']['ApplicationARN']")"
aws kinesisanalytics start-application --application-name ka-demo --input-configurations "Id=1.1,InputStartingPositionConfiguration={InputStartingPosition=NOW}"
check "kinesisanalytics STARTING" "STARTING" "$(aws kinesisanalytics describe-application --application-name ka-demo | json "d['ApplicationDetail']['ApplicationStatus']")"
advance 10000
check "kinesisanalytics RUNNING" "RUNNING" "$(aws kinesisanalytics describe-application --application-name ka-demo | json "d['ApplicationDetail']['ApplicationStatus']")"
for p in 10 30 20; do aws kinesis put-record --stream-name ka-in --partition-key AMZN --data "{\"ticker\":\"AMZN\",\"price\":$p}" >/dev/null; done
advance 12000
KIT=$(aws kinesis get-shard-iterator --stream-name ka-out --shard-id shardId-000000000000 --shard-iterator-type TRIM_HORIZON | json "d['ShardIterator']")
# The server's clock follows the wall clock, so the three puts may straddle a
# 10 s window: every window's row is summed.
check "kinesisanalytics window results in the output stream" "AMZN 3 30.0" "$(aws kinesis get-records --shard-iterator "$KIT" | python3 -c "
import json,sys,base64
rows=[json.loads(base64.b64decode(r['Data'])) for r in json.load(sys.stdin)['Records']]
print(' '.join(sorted({r['TICKER_SYMBOL'] for r in rows})), sum(r['TRADES'] for r in rows), max(r['HIGH'] for r in rows))")"
err=$(aws kinesisanalytics create-application --application-name ka-bad --application-code "SELECT STREAM * FROM x" 2>&1 >/dev/null)
check "kinesisanalytics bad code is a CodeValidationException" "yes" "$(echo "$err" | grep -q '(CodeValidationException)' && echo yes)"
aws kinesisanalytics stop-application --application-name ka-demo
advance 5000
check "kinesisanalytics list-applications" "[('ka-demo', 'READY')]" "$(aws kinesisanalytics list-applications | json "[(a['ApplicationName'], a['ApplicationStatus']) for a in d['ApplicationSummaries']]")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
