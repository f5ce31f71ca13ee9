//! The Amazon Simple Queue Service API's operations and input shapes
//! (API version 2012-11-05), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_STRING: Shape = Shape::String;
static S_AWSACCOUNT_ID_LIST: Shape = Shape::List(&S_STRING);
static S_ACTION_NAME_LIST: Shape = Shape::List(&S_STRING);
static S_NULLABLE_INTEGER: Shape = Shape::Integer;
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("ReceiptHandle", &S_STRING),
    Member::opt("VisibilityTimeout", &S_NULLABLE_INTEGER),
]);
static S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY_LIST: Shape =
    Shape::List(&S_CHANGE_MESSAGE_VISIBILITY_BATCH_REQUEST_ENTRY);
static S_QUEUE_ATTRIBUTE_MAP: Shape = Shape::Map(&S_STRING);
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG_MAP: Shape = Shape::Map(&S_TAG_VALUE);
static S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("ReceiptHandle", &S_STRING),
]);
static S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST: Shape =
    Shape::List(&S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY);
static S_QUEUE_ATTRIBUTE_NAME: Shape = Shape::String;
static S_ATTRIBUTE_NAME_LIST: Shape = Shape::List(&S_QUEUE_ATTRIBUTE_NAME);
static S_TOKEN: Shape = Shape::String;
static S_BOXED_INTEGER: Shape = Shape::Integer;
static S_MESSAGE_SYSTEM_ATTRIBUTE_NAME: Shape = Shape::String;
static S_MESSAGE_SYSTEM_ATTRIBUTE_LIST: Shape = Shape::List(&S_MESSAGE_SYSTEM_ATTRIBUTE_NAME);
static S_MESSAGE_ATTRIBUTE_NAME: Shape = Shape::String;
static S_MESSAGE_ATTRIBUTE_NAME_LIST: Shape = Shape::List(&S_MESSAGE_ATTRIBUTE_NAME);
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
static S_MESSAGE_BODY_ATTRIBUTE_MAP: Shape = Shape::Map(&S_MESSAGE_ATTRIBUTE_VALUE);
static S_MESSAGE_SYSTEM_ATTRIBUTE_VALUE: Shape = Shape::Structure(&[
    Member::opt("StringValue", &S_STRING),
    Member::opt("BinaryValue", &S_BINARY),
    Member::opt("StringListValues", &S_STRING_LIST),
    Member::opt("BinaryListValues", &S_BINARY_LIST),
    Member::req("DataType", &S_STRING),
]);
static S_MESSAGE_BODY_SYSTEM_ATTRIBUTE_MAP: Shape = Shape::Map(&S_MESSAGE_SYSTEM_ATTRIBUTE_VALUE);
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
        },
        OperationSpec {
            name: "CancelMessageMoveTask",
            input: &[Member::req("TaskHandle", &S_STRING)],
        },
        OperationSpec {
            name: "ChangeMessageVisibility",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("ReceiptHandle", &S_STRING),
                Member::req("VisibilityTimeout", &S_NULLABLE_INTEGER),
            ],
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
        },
        OperationSpec {
            name: "CreateQueue",
            input: &[
                Member::req("QueueName", &S_STRING),
                Member::opt("Attributes", &S_QUEUE_ATTRIBUTE_MAP),
                Member::opt("tags", &S_TAG_MAP),
            ],
        },
        OperationSpec {
            name: "DeleteMessage",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("ReceiptHandle", &S_STRING),
            ],
        },
        OperationSpec {
            name: "DeleteMessageBatch",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Entries", &S_DELETE_MESSAGE_BATCH_REQUEST_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "DeleteQueue",
            input: &[Member::req("QueueUrl", &S_STRING)],
        },
        OperationSpec {
            name: "GetQueueAttributes",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::opt("AttributeNames", &S_ATTRIBUTE_NAME_LIST),
            ],
        },
        OperationSpec {
            name: "GetQueueUrl",
            input: &[
                Member::req("QueueName", &S_STRING),
                Member::opt("QueueOwnerAWSAccountId", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListDeadLetterSourceQueues",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::opt("NextToken", &S_TOKEN),
                Member::opt("MaxResults", &S_BOXED_INTEGER),
            ],
        },
        OperationSpec {
            name: "ListMessageMoveTasks",
            input: &[
                Member::req("SourceArn", &S_STRING),
                Member::opt("MaxResults", &S_NULLABLE_INTEGER),
            ],
        },
        OperationSpec {
            name: "ListQueueTags",
            input: &[Member::req("QueueUrl", &S_STRING)],
        },
        OperationSpec {
            name: "ListQueues",
            input: &[
                Member::opt("QueueNamePrefix", &S_STRING),
                Member::opt("NextToken", &S_TOKEN),
                Member::opt("MaxResults", &S_BOXED_INTEGER),
            ],
        },
        OperationSpec {
            name: "PurgeQueue",
            input: &[Member::req("QueueUrl", &S_STRING)],
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
        },
        OperationSpec {
            name: "RemovePermission",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Label", &S_STRING),
            ],
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
        },
        OperationSpec {
            name: "SendMessageBatch",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Entries", &S_SEND_MESSAGE_BATCH_REQUEST_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "SetQueueAttributes",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Attributes", &S_QUEUE_ATTRIBUTE_MAP),
            ],
        },
        OperationSpec {
            name: "StartMessageMoveTask",
            input: &[
                Member::req("SourceArn", &S_STRING),
                Member::opt("DestinationArn", &S_STRING),
                Member::opt("MaxNumberOfMessagesPerSecond", &S_NULLABLE_INTEGER),
            ],
        },
        OperationSpec {
            name: "TagQueue",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("Tags", &S_TAG_MAP),
            ],
        },
        OperationSpec {
            name: "UntagQueue",
            input: &[
                Member::req("QueueUrl", &S_STRING),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
            ],
        },
    ],
};
