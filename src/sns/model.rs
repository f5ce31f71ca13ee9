//! The Amazon Simple Notification Service API's operations with their input and output shapes
//! (API version 2010-03-31), generated from AWS's published
//! API model by `scripts/gen_model.py`. Facts only: names, types, required members,
//! the XML names of map keys and values.

use crate::model::{Member, OperationSpec, Service, ServiceSpec, Shape};

static S_TOPIC_ARN: Shape = Shape::String;
static S_LABEL: Shape = Shape::String;
static S_DELEGATE: Shape = Shape::String;
static S_DELEGATES_LIST: Shape = Shape::List(&S_DELEGATE);
static S_ACTION: Shape = Shape::String;
static S_ACTIONS_LIST: Shape = Shape::List(&S_ACTION);
static S_PHONE_NUMBER: Shape = Shape::String;
static S_BOOLEAN: Shape = Shape::Boolean;
static S_TOKEN: Shape = Shape::String;
static S_AUTHENTICATE_ON_UNSUBSCRIBE: Shape = Shape::String;
static S_SUBSCRIPTION_ARN: Shape = Shape::String;
static S_STRING: Shape = Shape::String;
static S_MAP_STRING_TO_STRING: Shape = Shape::Map {
    value: &S_STRING,
    key_name: "key",
    value_name: "value",
};
static S_PHONE_NUMBER_STRING: Shape = Shape::String;
static S_LANGUAGE_CODE_STRING: Shape = Shape::String;
static S_TOPIC_NAME: Shape = Shape::String;
static S_ATTRIBUTE_VALUE: Shape = Shape::String;
static S_TOPIC_ATTRIBUTES_MAP: Shape = Shape::Map {
    value: &S_ATTRIBUTE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_TAG_KEY: Shape = Shape::String;
static S_TAG_VALUE: Shape = Shape::String;
static S_TAG: Shape = Shape::Structure(&[
    Member::req("Key", &S_TAG_KEY),
    Member::req("Value", &S_TAG_VALUE),
]);
static S_TAG_LIST: Shape = Shape::List(&S_TAG);
static S_LIST_STRING: Shape = Shape::List(&S_STRING);
static S_SUBSCRIPTION_ATTRIBUTES_MAP: Shape = Shape::Map {
    value: &S_ATTRIBUTE_VALUE,
    key_name: "key",
    value_name: "value",
};
static S_ENDPOINT: Shape = Shape::Structure(&[
    Member::opt("EndpointArn", &S_STRING),
    Member::opt("Attributes", &S_MAP_STRING_TO_STRING),
]);
static S_LIST_OF_ENDPOINTS: Shape = Shape::List(&S_ENDPOINT);
static S_NEXT_TOKEN: Shape = Shape::String;
static S_MAX_ITEMS_LIST_ORIGINATION_NUMBERS: Shape = Shape::Integer;
static S_TIMESTAMP: Shape = Shape::Timestamp;
static S_ISO2_COUNTRY_CODE: Shape = Shape::String;
static S_ROUTE_TYPE: Shape = Shape::String;
static S_NUMBER_CAPABILITY: Shape = Shape::String;
static S_NUMBER_CAPABILITY_LIST: Shape = Shape::List(&S_NUMBER_CAPABILITY);
static S_PHONE_NUMBER_INFORMATION: Shape = Shape::Structure(&[
    Member::opt("CreatedAt", &S_TIMESTAMP),
    Member::opt("PhoneNumber", &S_PHONE_NUMBER),
    Member::opt("Status", &S_STRING),
    Member::opt("Iso2CountryCode", &S_ISO2_COUNTRY_CODE),
    Member::opt("RouteType", &S_ROUTE_TYPE),
    Member::opt("NumberCapabilities", &S_NUMBER_CAPABILITY_LIST),
]);
static S_PHONE_NUMBER_INFORMATION_LIST: Shape = Shape::List(&S_PHONE_NUMBER_INFORMATION);
static S_STRING_: Shape = Shape::String;
static S_PHONE_NUMBER_LIST: Shape = Shape::List(&S_PHONE_NUMBER);
static S_PLATFORM_APPLICATION: Shape = Shape::Structure(&[
    Member::opt("PlatformApplicationArn", &S_STRING),
    Member::opt("Attributes", &S_MAP_STRING_TO_STRING),
]);
static S_LIST_OF_PLATFORM_APPLICATIONS: Shape = Shape::List(&S_PLATFORM_APPLICATION);
static S_MAX_ITEMS: Shape = Shape::Integer;
static S_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS: Shape = Shape::String;
static S_SMSSANDBOX_PHONE_NUMBER: Shape = Shape::Structure(&[
    Member::opt("PhoneNumber", &S_PHONE_NUMBER_STRING),
    Member::opt("Status", &S_SMSSANDBOX_PHONE_NUMBER_VERIFICATION_STATUS),
]);
static S_SMSSANDBOX_PHONE_NUMBER_LIST: Shape = Shape::List(&S_SMSSANDBOX_PHONE_NUMBER);
static S_ACCOUNT: Shape = Shape::String;
static S_PROTOCOL: Shape = Shape::String;
static S_ENDPOINT_: Shape = Shape::String;
static S_SUBSCRIPTION: Shape = Shape::Structure(&[
    Member::opt("SubscriptionArn", &S_SUBSCRIPTION_ARN),
    Member::opt("Owner", &S_ACCOUNT),
    Member::opt("Protocol", &S_PROTOCOL),
    Member::opt("Endpoint", &S_ENDPOINT_),
    Member::opt("TopicArn", &S_TOPIC_ARN),
]);
static S_SUBSCRIPTIONS_LIST: Shape = Shape::List(&S_SUBSCRIPTION);
static S_AMAZON_RESOURCE_NAME: Shape = Shape::String;
static S_TOPIC: Shape = Shape::Structure(&[Member::opt("TopicArn", &S_TOPIC_ARN)]);
static S_TOPICS_LIST: Shape = Shape::List(&S_TOPIC);
static S_MESSAGE: Shape = Shape::String;
static S_SUBJECT: Shape = Shape::String;
static S_MESSAGE_STRUCTURE: Shape = Shape::String;
static S_BINARY: Shape = Shape::Blob;
static S_MESSAGE_ATTRIBUTE_VALUE: Shape = Shape::Structure(&[
    Member::req("DataType", &S_STRING),
    Member::opt("StringValue", &S_STRING),
    Member::opt("BinaryValue", &S_BINARY),
]);
static S_MESSAGE_ATTRIBUTE_MAP: Shape = Shape::Map {
    value: &S_MESSAGE_ATTRIBUTE_VALUE,
    key_name: "Name",
    value_name: "Value",
};
static S_MESSAGE_ID: Shape = Shape::String;
static S_PUBLISH_BATCH_REQUEST_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("Message", &S_MESSAGE),
    Member::opt("Subject", &S_SUBJECT),
    Member::opt("MessageStructure", &S_MESSAGE_STRUCTURE),
    Member::opt("MessageAttributes", &S_MESSAGE_ATTRIBUTE_MAP),
    Member::opt("MessageDeduplicationId", &S_STRING),
    Member::opt("MessageGroupId", &S_STRING),
]);
static S_PUBLISH_BATCH_REQUEST_ENTRY_LIST: Shape = Shape::List(&S_PUBLISH_BATCH_REQUEST_ENTRY);
static S_PUBLISH_BATCH_RESULT_ENTRY: Shape = Shape::Structure(&[
    Member::opt("Id", &S_STRING),
    Member::opt("MessageId", &S_MESSAGE_ID),
    Member::opt("SequenceNumber", &S_STRING),
]);
static S_PUBLISH_BATCH_RESULT_ENTRY_LIST: Shape = Shape::List(&S_PUBLISH_BATCH_RESULT_ENTRY);
static S_BATCH_RESULT_ERROR_ENTRY: Shape = Shape::Structure(&[
    Member::req("Id", &S_STRING),
    Member::req("Code", &S_STRING),
    Member::opt("Message", &S_STRING),
    Member::req("SenderFault", &S_BOOLEAN),
]);
static S_BATCH_RESULT_ERROR_ENTRY_LIST: Shape = Shape::List(&S_BATCH_RESULT_ERROR_ENTRY);
static S_ATTRIBUTE_NAME: Shape = Shape::String;
static S_TAG_KEY_LIST: Shape = Shape::List(&S_TAG_KEY);
static S_OTPCODE: Shape = Shape::String;

/// Every operation of the service, in AWS's model order.
pub static SPEC: ServiceSpec = ServiceSpec {
    service: Service::Sns,
    operations: &[
        OperationSpec {
            name: "AddPermission",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req("Label", &S_LABEL),
                Member::req("AWSAccountId", &S_DELEGATES_LIST),
                Member::req("ActionName", &S_ACTIONS_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CheckIfPhoneNumberIsOptedOut",
            input: &[Member::req("phoneNumber", &S_PHONE_NUMBER)],
            output: &[Member::opt("isOptedOut", &S_BOOLEAN)],
        },
        OperationSpec {
            name: "ConfirmSubscription",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req("Token", &S_TOKEN),
                Member::opt("AuthenticateOnUnsubscribe", &S_AUTHENTICATE_ON_UNSUBSCRIBE),
            ],
            output: &[Member::opt("SubscriptionArn", &S_SUBSCRIPTION_ARN)],
        },
        OperationSpec {
            name: "CreatePlatformApplication",
            input: &[
                Member::req("Name", &S_STRING),
                Member::req("Platform", &S_STRING),
                Member::req("Attributes", &S_MAP_STRING_TO_STRING),
            ],
            output: &[Member::opt("PlatformApplicationArn", &S_STRING)],
        },
        OperationSpec {
            name: "CreatePlatformEndpoint",
            input: &[
                Member::req("PlatformApplicationArn", &S_STRING),
                Member::req("Token", &S_STRING),
                Member::opt("CustomUserData", &S_STRING),
                Member::opt("Attributes", &S_MAP_STRING_TO_STRING),
            ],
            output: &[Member::opt("EndpointArn", &S_STRING)],
        },
        OperationSpec {
            name: "CreateSMSSandboxPhoneNumber",
            input: &[
                Member::req("PhoneNumber", &S_PHONE_NUMBER_STRING),
                Member::opt("LanguageCode", &S_LANGUAGE_CODE_STRING),
            ],
            output: &[],
        },
        OperationSpec {
            name: "CreateTopic",
            input: &[
                Member::req("Name", &S_TOPIC_NAME),
                Member::opt("Attributes", &S_TOPIC_ATTRIBUTES_MAP),
                Member::opt("Tags", &S_TAG_LIST),
                Member::opt("DataProtectionPolicy", &S_ATTRIBUTE_VALUE),
            ],
            output: &[Member::opt("TopicArn", &S_TOPIC_ARN)],
        },
        OperationSpec {
            name: "DeleteEndpoint",
            input: &[Member::req("EndpointArn", &S_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "DeletePlatformApplication",
            input: &[Member::req("PlatformApplicationArn", &S_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteSMSSandboxPhoneNumber",
            input: &[Member::req("PhoneNumber", &S_PHONE_NUMBER_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "DeleteTopic",
            input: &[Member::req("TopicArn", &S_TOPIC_ARN)],
            output: &[],
        },
        OperationSpec {
            name: "GetDataProtectionPolicy",
            input: &[Member::req("ResourceArn", &S_TOPIC_ARN)],
            output: &[Member::opt("DataProtectionPolicy", &S_ATTRIBUTE_VALUE)],
        },
        OperationSpec {
            name: "GetEndpointAttributes",
            input: &[Member::req("EndpointArn", &S_STRING)],
            output: &[Member::opt("Attributes", &S_MAP_STRING_TO_STRING)],
        },
        OperationSpec {
            name: "GetPlatformApplicationAttributes",
            input: &[Member::req("PlatformApplicationArn", &S_STRING)],
            output: &[Member::opt("Attributes", &S_MAP_STRING_TO_STRING)],
        },
        OperationSpec {
            name: "GetSMSAttributes",
            input: &[Member::opt("attributes", &S_LIST_STRING)],
            output: &[Member::opt("attributes", &S_MAP_STRING_TO_STRING)],
        },
        OperationSpec {
            name: "GetSMSSandboxAccountStatus",
            input: &[],
            output: &[Member::req("IsInSandbox", &S_BOOLEAN)],
        },
        OperationSpec {
            name: "GetSubscriptionAttributes",
            input: &[Member::req("SubscriptionArn", &S_SUBSCRIPTION_ARN)],
            output: &[Member::opt("Attributes", &S_SUBSCRIPTION_ATTRIBUTES_MAP)],
        },
        OperationSpec {
            name: "GetTopicAttributes",
            input: &[Member::req("TopicArn", &S_TOPIC_ARN)],
            output: &[Member::opt("Attributes", &S_TOPIC_ATTRIBUTES_MAP)],
        },
        OperationSpec {
            name: "ListEndpointsByPlatformApplication",
            input: &[
                Member::req("PlatformApplicationArn", &S_STRING),
                Member::opt("NextToken", &S_STRING),
            ],
            output: &[
                Member::opt("Endpoints", &S_LIST_OF_ENDPOINTS),
                Member::opt("NextToken", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListOriginationNumbers",
            input: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_MAX_ITEMS_LIST_ORIGINATION_NUMBERS),
            ],
            output: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("PhoneNumbers", &S_PHONE_NUMBER_INFORMATION_LIST),
            ],
        },
        OperationSpec {
            name: "ListPhoneNumbersOptedOut",
            input: &[Member::opt("nextToken", &S_STRING_)],
            output: &[
                Member::opt("phoneNumbers", &S_PHONE_NUMBER_LIST),
                Member::opt("nextToken", &S_STRING_),
            ],
        },
        OperationSpec {
            name: "ListPlatformApplications",
            input: &[Member::opt("NextToken", &S_STRING)],
            output: &[
                Member::opt("PlatformApplications", &S_LIST_OF_PLATFORM_APPLICATIONS),
                Member::opt("NextToken", &S_STRING),
            ],
        },
        OperationSpec {
            name: "ListSMSSandboxPhoneNumbers",
            input: &[
                Member::opt("NextToken", &S_NEXT_TOKEN),
                Member::opt("MaxResults", &S_MAX_ITEMS),
            ],
            output: &[
                Member::req("PhoneNumbers", &S_SMSSANDBOX_PHONE_NUMBER_LIST),
                Member::opt("NextToken", &S_STRING_),
            ],
        },
        OperationSpec {
            name: "ListSubscriptions",
            input: &[Member::opt("NextToken", &S_NEXT_TOKEN)],
            output: &[
                Member::opt("Subscriptions", &S_SUBSCRIPTIONS_LIST),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListSubscriptionsByTopic",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
            output: &[
                Member::opt("Subscriptions", &S_SUBSCRIPTIONS_LIST),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "ListTagsForResource",
            input: &[Member::req("ResourceArn", &S_AMAZON_RESOURCE_NAME)],
            output: &[Member::opt("Tags", &S_TAG_LIST)],
        },
        OperationSpec {
            name: "ListTopics",
            input: &[Member::opt("NextToken", &S_NEXT_TOKEN)],
            output: &[
                Member::opt("Topics", &S_TOPICS_LIST),
                Member::opt("NextToken", &S_NEXT_TOKEN),
            ],
        },
        OperationSpec {
            name: "OptInPhoneNumber",
            input: &[Member::req("phoneNumber", &S_PHONE_NUMBER)],
            output: &[],
        },
        OperationSpec {
            name: "Publish",
            input: &[
                Member::opt("TopicArn", &S_TOPIC_ARN),
                Member::opt("TargetArn", &S_STRING),
                Member::opt("PhoneNumber", &S_PHONE_NUMBER),
                Member::req("Message", &S_MESSAGE),
                Member::opt("Subject", &S_SUBJECT),
                Member::opt("MessageStructure", &S_MESSAGE_STRUCTURE),
                Member::opt("MessageAttributes", &S_MESSAGE_ATTRIBUTE_MAP),
                Member::opt("MessageDeduplicationId", &S_STRING),
                Member::opt("MessageGroupId", &S_STRING),
            ],
            output: &[
                Member::opt("MessageId", &S_MESSAGE_ID),
                Member::opt("SequenceNumber", &S_STRING),
            ],
        },
        OperationSpec {
            name: "PublishBatch",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req(
                    "PublishBatchRequestEntries",
                    &S_PUBLISH_BATCH_REQUEST_ENTRY_LIST,
                ),
            ],
            output: &[
                Member::opt("Successful", &S_PUBLISH_BATCH_RESULT_ENTRY_LIST),
                Member::opt("Failed", &S_BATCH_RESULT_ERROR_ENTRY_LIST),
            ],
        },
        OperationSpec {
            name: "PutDataProtectionPolicy",
            input: &[
                Member::req("ResourceArn", &S_TOPIC_ARN),
                Member::req("DataProtectionPolicy", &S_ATTRIBUTE_VALUE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "RemovePermission",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req("Label", &S_LABEL),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetEndpointAttributes",
            input: &[
                Member::req("EndpointArn", &S_STRING),
                Member::req("Attributes", &S_MAP_STRING_TO_STRING),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetPlatformApplicationAttributes",
            input: &[
                Member::req("PlatformApplicationArn", &S_STRING),
                Member::req("Attributes", &S_MAP_STRING_TO_STRING),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetSMSAttributes",
            input: &[Member::req("attributes", &S_MAP_STRING_TO_STRING)],
            output: &[],
        },
        OperationSpec {
            name: "SetSubscriptionAttributes",
            input: &[
                Member::req("SubscriptionArn", &S_SUBSCRIPTION_ARN),
                Member::req("AttributeName", &S_ATTRIBUTE_NAME),
                Member::opt("AttributeValue", &S_ATTRIBUTE_VALUE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "SetTopicAttributes",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req("AttributeName", &S_ATTRIBUTE_NAME),
                Member::opt("AttributeValue", &S_ATTRIBUTE_VALUE),
            ],
            output: &[],
        },
        OperationSpec {
            name: "Subscribe",
            input: &[
                Member::req("TopicArn", &S_TOPIC_ARN),
                Member::req("Protocol", &S_PROTOCOL),
                Member::opt("Endpoint", &S_ENDPOINT_),
                Member::opt("Attributes", &S_SUBSCRIPTION_ATTRIBUTES_MAP),
                Member::opt("ReturnSubscriptionArn", &S_BOOLEAN),
            ],
            output: &[Member::opt("SubscriptionArn", &S_SUBSCRIPTION_ARN)],
        },
        OperationSpec {
            name: "TagResource",
            input: &[
                Member::req("ResourceArn", &S_AMAZON_RESOURCE_NAME),
                Member::req("Tags", &S_TAG_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "Unsubscribe",
            input: &[Member::req("SubscriptionArn", &S_SUBSCRIPTION_ARN)],
            output: &[],
        },
        OperationSpec {
            name: "UntagResource",
            input: &[
                Member::req("ResourceArn", &S_AMAZON_RESOURCE_NAME),
                Member::req("TagKeys", &S_TAG_KEY_LIST),
            ],
            output: &[],
        },
        OperationSpec {
            name: "VerifySMSSandboxPhoneNumber",
            input: &[
                Member::req("PhoneNumber", &S_PHONE_NUMBER_STRING),
                Member::req("OneTimePassword", &S_OTPCODE),
            ],
            output: &[],
        },
    ],
    http: &[],
};
