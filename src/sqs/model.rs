//! The Amazon Simple Queue Service API's operations with their input and output shapes
//! (API version 2012-11-05), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_STRING: Shape = Shape::String;
static S_AWSACCOUNT_ID_LIST: Shape = Shape::List(&S_STRING);
static S_ACTION_NAME_LIST: Shape = Shape::List(&S_STRING);
static S_LONG: Shape = Shape::Long;
static S_NULLABLE_INTEGER: Shape = Shape::Integer;
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("ReceiptHandle", &S_STRING),
    Member::opt("VisibilityTimeout", &S_NULLABLE_INTEGER),
]);
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY_LIST: Shape =
    Shape::List(&S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY);
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY: Shape =
    Shape::Structure(&[Member::req("Id", &S_STRING)]);
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY_LIST: Shape =
    Shape::List(&S_CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY);
static S_BOOLEAN: Shape = Shape::Boolean;
static S_BATCH_RESULT_ERROR_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("SenderFault", &S_BOOLEAN),
    Member::req("Code", &S_STRING),
    Member::opt("Message", &S_STRING),
]);
static S_BATCH_RESULT_ERROR_ENTRY_LIST: Shape = Shape::List(&S_BATCH_RESULT_ERROR_ENTRY);
static S_QUEUE_ATTRIBUTE_MAP: Shape = Shape::Map {
    value: &S_STRING,
    key_name: "key",
    value_name: "value",
};
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG_MAP: Shape = Shape::Map {
    value: &S_TAG_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("ReceiptHandle", &S_STRING),
]);
static S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST: Shape =
    Shape::List(&S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY);
static S_DELETE_MESSAGE_BATCH_RESULT_ENTRY: Shape =
    Shape::Structure(&[Member::req("Id", &S_STRING)]);
static S_DELETE_MESSAGE_BATCH_RESULT_ENTRY_LIST: Shape =
    Shape::List(&S_DELETE_MESSAGE_BATCH_RESULT_ENTRY);
static S_QUEUE_ATTRIBUTE_NAME: Shape = Shape::String;
static S_ATTRIBUTE_NAME_LIST: Shape = Shape::List(&S_QUEUE_ATTRIBUTE_NAME);
static S_TOKEN: Shape = Shape::String;
static S_BOXED_INTEGER: Shape = Shape::Integer;
static S_QUEUE_URL_LIST: Shape = Shape::List(&S_STRING);
static S_NULLABLE_LONG: Shape = Shape::Long;
static S_LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY: Shape = Shape::Structure(&[
    Member::opt("TaskHandle", &S_STRING),
    Member::opt("Status", &S_STRING),
    Member::opt("SourceArn", &S_STRING),
    Member::opt("DestinationArn", &S_STRING),
    Member::opt("MaxNumberOfMessagesPerSecond", &S_NULLABLE_INTEGER),
    Member::opt("ApproximateNumberOfMessagesMoved", &S_LONG),
    Member::opt("ApproximateNumberOfMessagesToMove", &S_NULLABLE_LONG),
    Member::opt("FailureReason", &S_STRING),
    Member::opt("StartedTimestamp", &S_LONG),
]);
static S_LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY_LIST: Shape =
    Shape::List(&S_LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY);
static S_MESSAGE_SYSTEM_ATTRIBUTE_NAME: Shape = Shape::String;
static S_MESSAGE_SYSTEM_ATTRIBUTE_LIST: Shape = Shape::List(&S_MESSAGE_SYSTEM_ATTRIBUTE_NAME);
static S_MESSAGE_ATTRIBUTE_NAME: Shape = Shape::String;
static S_MESSAGE_ATTRIBUTE_NAME_LIST: Shape = Shape::List(&S_MESSAGE_ATTRIBUTE_NAME);
static S_MESSAGE_SYSTEM_ATTRIBUTE_MAP: Shape = Shape::Map {
    value: &S_STRING,
    key_name: "key",
    value_name: "value",
};
static S_BINARY: Shape = Shape::Blob;
static S_STRING_LIST: Shape = Shape::List(&S_STRING);
static S_BINARY_LIST: Shape = Shape::List(&S_BINARY);
static S_MESSAGE_ATTRIBUTE_VALUE: Shape = Shape::Structure(&[
    Member::opt("StringValue", &S_STRING),
    Member::opt("BinaryValue", &S_BINARY),
    Member::opt("StringListValues", &S_STRING_LIST),
    Member::opt("BinaryListValues", &S_BINARY_LIST),
    Member::req("DataType", &S_STRING),
]);
static S_MESSAGE_BODY_ATTRIBUTE_MAP: Shape = Shape::Map {
    value: &S_MESSAGE_ATTRIBUTE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_MESSAGE: Shape = Shape::Structure(&[
    Member::opt("MessageId", &S_STRING),
    Member::opt("ReceiptHandle", &S_STRING),
    Member::opt("MD5OfBody", &S_STRING),
    Member::opt("Body", &S_STRING),
    Member::opt("Attributes", &S_MESSAGE_SYSTEM_ATTRIBUTE_MAP),
    Member::opt("MD5OfMessageAttributes", &S_STRING),
    Member::opt("MessageAttributes", &S_MESSAGE_BODY_ATTRIBUTE_MAP),
]);
static S_MESSAGE_LIST: Shape = Shape::List(&S_MESSAGE);
static S_MESSAGE_SYSTEM_ATTRIBUTE_VALUE: Shape = Shape::Structure(&[
    Member::opt("StringValue", &S_STRING),
    Member::opt("BinaryValue", &S_BINARY),
    Member::opt("StringListValues", &S_STRING_LIST),
    Member::opt("BinaryListValues", &S_BINARY_LIST),
    Member::req("DataType", &S_STRING),
]);
static S_MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP: Shape = Shape::Map {
    value: &S_MESSAGE_SYSTEM_ATTRIBUTE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_SEND_MESSAGE_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("MessageBody", &S_STRING),
    Member::opt("DelaySeconds", &S_NULLABLE_INTEGER),
    Member::opt("MessageAttributes", &S_MESSAGE_BODY_ATTRIBUTE_MAP),
    Member::opt(
        "MessageSystemAttributes",
        &S_MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP,
    ),
    Member::opt("MessageDeduplicationId", &S_STRING),
    Member::opt("MessageGroupId", &S_STRING),
]);
static S_SEND_MESSAGE_BATCH_REQUEST_ENTRY_LIST: Shape =
    Shape::List(&S_SEND_MESSAGE_BATCH_REQUEST_ENTRY);
static S_SEND_MESSAGE_BATCH_RESULT_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("MessageId", &S_STRING),
    Member::req("MD5OfMessageBody", &S_STRING),
    Member::opt("MD5OfMessageAttributes", &S_STRING),
    Member::opt("MD5OfMessageSystemAttributes", &S_STRING),
    Member::opt("SequenceNumber", &S_STRING),
]);
static S_SEND_MESSAGE_BATCH_RESULT_ENTRY_LIST: Shape =
    Shape::List(&S_SEND_MESSAGE_BATCH_RESULT_ENTRY);
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::Sqs,
    operations: &[
        OperationSpec {
            name: "AddPermission",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Label", &S_STRING),
                Member::req("AWSAccountIds", &S_AWSACCOUNT_ID_LIST),
                Member::req("Actions", &S_ACTION_NAME_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CancelMessageMoveTask",
            input: &[Member::req("TaskHandle", &S_STRING)],
            output: &[Member::opt("ApproximateNumberOfMessagesMoved", &S_LONG)],
        },
        OperationSpec {
            name: "ChangeMessageVisibility",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("ReceiptHandle", &S_STRING),
                Member::req("VisibilityTimeout", &S_NULLABLE_INTEGER),
            ],
            output: &[],
        },
        OperationSpec {
            name: "ChangeMessageVisibilityBatch",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req(
                    "Entries",
                    &S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY_LIST,
                ),
            ],
            output: &[
                Member::req(
                    "Successful",
                    &S_CHANGE_MESSAGE_VISIBILITY_BATCH_RESULT_ENTRY_LIST,
                ),
                Member::req("Failed", &S_BATCH_RESULT_ERROR_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "CreateQueue",
            input: &[
                Member::req("QueueName", &S_STRING),
                Member::opt("Attributes", &S_QUEUE_ATTRIBUTE_MAP),
                Member::opt("tags", &S_TAG_MAP),
            ],
            output: &[Member::opt("QueueUrl", &S_STRING)],
        },
        OperationSpec {
            name: "DeleteMessage",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("ReceiptHandle", &S_STRING),
            ],
            output: &[],
        },
        OperationSpec {
            name: "DeleteMessageBatch",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Entries", &S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST),
            ],
            output: &[
                Member::req("Successful", &S_DELETE_MESSAGE_BATCH_RESULT_ENTRY_LIST),
                Member::req("Failed", &S_BATCH_RESULT_ERROR_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "DeleteQueue",
            input: &[Member::req("QueueUrl", &S_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "GetQueueAttributes",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::opt("AttributeNames", &S_ATTRIBUTE_NAME_LIST),
            ],
            output: &[Member::opt("Attributes", &S_QUEUE_ATTRIBUTE_MAP)],
        },
        OperationSpec {
            name: "GetQueueUrl",
            input: &[
                Member::req("QueueName", &S_STRING),
                Member::opt("QueueOwnerAWSAccountId", &S_STRING),
            ],
            output: &[Member::opt("QueueUrl", &S_STRING)],
        },
        OperationSpec {
            name: "ListDeadLetterSourceQueues",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::opt("NextToken", &S_TOKEN),
                Member::opt("MaxResults", &S_BOXED_INTEGER),
            ],
            output: &[
                Member::req("queueUrls", &S_QUEUE_URL_LIST),
                Member::opt("NextToken", &S_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListMessageMoveTasks",
            input: &[
                Member::req("SourceArn", &S_STRING),
                Member::opt("MaxResults", &S_NULLABLE_INTEGER),
            ],
            output: &[Member::opt(
                "Results",
                &S_LIST_MESSAGE_MOVE_TASKS_RESULT_ENTRY_LIST,
            )],
        },
        OperationSpec {
            name: "ListQueueTags",
            input: &[Member::req("QueueUrl", &S_STRING)],
            output: &[Member::opt("Tags", &S_TAG_MAP)],
        },
        OperationSpec {
            name: "ListQueues",
            input: &[
                Member::opt("QueueNamePrefix", &S_STRING),
                Member::opt("NextToken", &S_TOKEN),
                Member::opt("MaxResults", &S_BOXED_INTEGER),
            ],
            output: &[
                Member::opt("QueueUrls", &S_QUEUE_URL_LIST),
                Member::opt("NextToken", &S_TOKEN),
            ],
        },
        OperationSpec {
            name: "PurgeQueue",
            input: &[Member::req("QueueUrl", &S_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "ReceiveMessage",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::opt("AttributeNames", &S_ATTRIBUTE_NAME_LIST),
                Member::opt(
                    "MessageSystemAttributeNames",
                    &S_MESSAGE_SYSTEM_ATTRIBUTE_LIST,
                ),
                Member::opt("MessageAttributeNames", &S_MESSAGE_ATTRIBUTE_NAME_LIST),
                Member::opt("MaxNumberOfMessages", &S_NULLABLE_INTEGER),
                Member::opt("VisibilityTimeout", &S_NULLABLE_INTEGER),
                Member::opt("WaitTimeSeconds", &S_NULLABLE_INTEGER),
                Member::opt("ReceiveRequestAttemptId", &S_STRING),
            ],
            output: &[Member::opt("Messages", &S_MESSAGE_LIST)],
        },
        OperationSpec {
            name: "RemovePermission",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Label", &S_STRING),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SendMessage",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("MessageBody", &S_STRING),
                Member::opt("DelaySeconds", &S_NULLABLE_INTEGER),
                Member::opt("MessageAttributes", &S_MESSAGE_BODY_ATTRIBUTE_MAP),
                Member::opt(
                    "MessageSystemAttributes",
                    &S_MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP,
                ),
                Member::opt("MessageDeduplicationId", &S_STRING),
                Member::opt("MessageGroupId", &S_STRING),
            ],
            output: &[
                Member::opt("MD5OfMessageBody", &S_STRING),
                Member::opt("MD5OfMessageAttributes", &S_STRING),
                Member::opt("MD5OfMessageSystemAttributes", &S_STRING),
                Member::opt("MessageId", &S_STRING),
                Member::opt("SequenceNumber", &S_STRING),
            ],
        },
        OperationSpec {
            name: "SendMessageBatch",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Entries", &S_SEND_MESSAGE_BATCH_REQUEST_ENTRY_LIST),
            ],
            output: &[
                Member::req("Successful", &S_SEND_MESSAGE_BATCH_RESULT_ENTRY_LIST),
                Member::req("Failed", &S_BATCH_RESULT_ERROR_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "SetQueueAttributes",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Attributes", &S_QUEUE_ATTRIBUTE_MAP),
            ],
            output: &[],
        },
        OperationSpec {
            name: "StartMessageMoveTask",
            input: &[
                Member::req("SourceArn", &S_STRING),
                Member::opt("DestinationArn", &S_STRING),
                Member::opt("MaxNumberOfMessagesPerSecond", &S_NULLABLE_INTEGER),
            ],
            output: &[Member::opt("TaskHandle", &S_STRING)],
        },
        OperationSpec {
            name: "TagQueue",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Tags", &S_TAG_MAP),
            ],
            output: &[],
        },
        OperationSpec {
            name: "UntagQueue",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
            ],
            output: &[],
        },
    ],
    http: &[],
};
