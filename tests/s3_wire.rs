//! S3's REST-XML front door: requests as the SDKs and the AWS CLI send them
//! (path-style, SigV4 scope `s3`, aws-chunked uploads with trailing checksums)
//! through `protocol::handle`, answers checked byte for byte where S3's form matters.
#![cfg(not(target_arch = "wasm32"))]

use switchyard::protocol::{handle, Handled, HttpRequest, HttpResponse};
use switchyard::World;

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0";

fn req(method: &str, url: &str, headers: &[(&str, &str)], body: &[u8]) -> HttpRequest {
    let mut h: Vec<(String, String)> = vec![("Authorization".into(), AUTH.into())];
    h.extend(headers.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    HttpRequest {
        method: method.into(),
        url: url.into(),
        headers: h,
        body: body.to_vec(),
    }
}

fn send(w: &mut World, r: HttpRequest) -> HttpResponse {
    match handle(w, &r) {
        Handled::Done(resp) => {
            w.check_invariants();
            resp
        }
        Handled::Pending { .. } => panic!("S3 never parks"),
    }
}

/// PutBucketNotificationConfiguration of bucket `events` as XML.
fn put_notification(w: &mut World, headers: &[(&str, &str)], body: &[u8]) -> HttpResponse {
    send(w, req("PUT", "/events?notification", headers, body))
}

fn text(r: &HttpResponse) -> String {
    String::from_utf8_lossy(&r.body).into_owned()
}

#[test]
fn buckets_and_objects_over_rest_xml() {
    let mut w = World::new(1);
    let r = send(&mut w, req("PUT", "/photos", &[], b""));
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(r.header("Location"), Some("/photos"));
    let r = send(&mut w, req("PUT", "/photos", &[], b""));
    assert_eq!(r.status, 200);
    // A LocationConstraint in the XML body.
    let body = br#"<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>us-east-1</LocationConstraint></CreateBucketConfiguration>"#;
    let r = send(&mut w, req("PUT", "/other-bucket", &[], body));
    assert_eq!(r.status, 400);
    assert!(
        text(&r).contains("<Code>InvalidLocationConstraint</Code>"),
        "{}",
        text(&r)
    );

    let r = send(
        &mut w,
        req(
            "PUT",
            "/photos/cats/tom%20cat.txt",
            &[("Content-Type", "text/plain"), ("x-amz-meta-Color", "grey")],
            b"meow",
        ),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("ETag"),
        Some("\"4a4be40c96ac6314e91d93f38043a634\"")
    );
    assert!(r.body.is_empty());

    let r = send(&mut w, req("GET", "/photos/cats/tom%20cat.txt", &[], b""));
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"meow");
    assert_eq!(r.header("Content-Type"), Some("text/plain"));
    assert_eq!(r.header("x-amz-meta-color"), Some("grey"));
    assert_eq!(
        r.header("Last-Modified"),
        Some("Thu, 01 Jan 2026 00:00:00 GMT")
    );
    let r = send(
        &mut w,
        req(
            "GET",
            "/photos/cats/tom%20cat.txt",
            &[("Range", "bytes=1-2")],
            b"",
        ),
    );
    assert_eq!((r.status, r.body.as_slice()), (206, &b"eo"[..]));
    assert_eq!(r.header("Content-Range"), Some("bytes 1-2/4"));

    let r = send(&mut w, req("HEAD", "/photos/cats/tom%20cat.txt", &[], b""));
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    assert_eq!(r.header("Content-Length"), Some("4"));
    // HEAD errors carry no body.
    let r = send(&mut w, req("HEAD", "/photos/none", &[], b""));
    assert_eq!((r.status, r.body.len()), (404, 0));
    let r = send(&mut w, req("GET", "/photos/none", &[], b""));
    assert_eq!(r.status, 404);
    let t = text(&r);
    assert!(t.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>none</Key><RequestId>"), "{t}");

    let r = send(
        &mut w,
        req(
            "GET",
            "/photos?list-type=2&prefix=cats%2F&encoding-type=url",
            &[],
            b"",
        ),
    );
    let t = text(&r);
    assert!(t.contains("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><IsTruncated>false</IsTruncated><Contents><Key>cats/tom+cat.txt</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><ETag>&quot;4a4be40c96ac6314e91d93f38043a634&quot;</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType><Size>4</Size><StorageClass>STANDARD</StorageClass></Contents><Name>photos</Name><Prefix>cats/</Prefix><MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType><KeyCount>1</KeyCount></ListBucketResult>"), "{t}");

    let r = send(&mut w, req("GET", "/", &[], b""));
    assert!(text(&r).contains("<ListAllMyBucketsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Buckets><Bucket><Name>photos</Name><CreationDate>2026-01-01T00:00:00.000Z</CreationDate>"), "{}", text(&r));
    let r = send(&mut w, req("GET", "/photos?location", &[], b""));
    assert!(
        text(&r)
            .ends_with("<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>"),
        "{}",
        text(&r)
    );

    let del = br#"<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>cats/tom cat.txt</Key></Object><Object><Key>ghost</Key></Object></Delete>"#;
    let r = send(&mut w, req("POST", "/photos?delete", &[], del));
    assert_eq!(r.status, 200);
    assert!(text(&r).contains("<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Deleted><Key>cats/tom cat.txt</Key></Deleted><Deleted><Key>ghost</Key></Deleted></DeleteResult>"), "{}", text(&r));
    let r = send(&mut w, req("DELETE", "/photos/ghost", &[], b""));
    assert_eq!(r.status, 204);
    let r = send(&mut w, req("DELETE", "/photos", &[], b""));
    assert_eq!(r.status, 204);
    // An operation S3 has and Switchyard does not: refused by name.
    let r = send(&mut w, req("GET", "/photos2?versioning", &[], b""));
    assert_eq!(r.status, 501);
    assert!(text(&r).contains("GetBucketVersioning"), "{}", text(&r));
}

#[test]
fn aws_chunked_uploads_with_a_trailing_checksum() {
    let mut w = World::new(2);
    send(&mut w, req("PUT", "/uploads", &[], b""));
    let crc = switchyard::s3::checksum::of("ChecksumCRC32", b"hello world").unwrap();
    let body = format!("6\r\nhello \r\n5\r\nworld\r\n0\r\nx-amz-checksum-crc32:{crc}\r\n\r\n");
    let headers = [
        ("Content-Encoding", "aws-chunked"),
        ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"),
        ("x-amz-trailer", "x-amz-checksum-crc32"),
        ("x-amz-decoded-content-length", "11"),
        ("Content-Type", "text/plain"),
    ];
    let r = send(
        &mut w,
        req("PUT", "/uploads/greeting", &headers, body.as_bytes()),
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(r.header("x-amz-checksum-crc32"), Some(crc.as_str()));
    let r = send(&mut w, req("GET", "/uploads/greeting", &[], b""));
    assert_eq!(r.body, b"hello world");
    // aws-chunked is not stored as the object's Content-Encoding.
    assert_eq!(r.header("Content-Encoding"), None);
    assert_eq!(r.header("x-amz-checksum-crc32"), None);
    let r = send(
        &mut w,
        req(
            "GET",
            "/uploads/greeting",
            &[("x-amz-checksum-mode", "ENABLED")],
            b"",
        ),
    );
    assert_eq!(r.header("x-amz-checksum-crc32"), Some(crc.as_str()));
    // Signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD) decode the same way.
    let signed = "b;chunk-signature=00ff\r\nhello world\r\n0;chunk-signature=00ff\r\n\r\n";
    let r = send(
        &mut w,
        req(
            "PUT",
            "/uploads/signed",
            &[
                ("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"),
                ("x-amz-decoded-content-length", "11"),
            ],
            signed.as_bytes(),
        ),
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(
        send(&mut w, req("GET", "/uploads/signed", &[], b"")).body,
        b"hello world"
    );
    // A wrong trailing checksum is refused.
    let bad = "b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n";
    let r = send(&mut w, req("PUT", "/uploads/bad", &headers, bad.as_bytes()));
    assert_eq!(r.status, 400);
    // A truncated chunk is refused, not panicked on.
    let r = send(&mut w, req("PUT", "/uploads/cut", &headers, b"ff\r\nshort"));
    assert_eq!(r.status, 400);
}

#[test]
fn notification_configuration_xml_round_trip() {
    let mut w = World::new(3);
    send(&mut w, req("PUT", "/events", &[], b""));
    let conf = br#"<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><QueueConfiguration><Id>one</Id><Queue>arn:aws:sqs:us-east-1:123456789012:q</Queue><Event>s3:ObjectCreated:*</Event><Filter><S3Key><FilterRule><Name>prefix</Name><Value>in/</Value></FilterRule></S3Key></Filter></QueueConfiguration></NotificationConfiguration>"#;
    // The queue does not exist: the destination test fails.
    let r = put_notification(&mut w, &[], conf);
    assert_eq!(r.status, 400);
    let t = text(&r);
    assert!(t.contains("<Message>Unable to validate the following destination configurations</Message><ArgumentName1>arn:aws:sqs:us-east-1:123456789012:q</ArgumentName1>"), "{t}");
    let r = put_notification(
        &mut w,
        &[("x-amz-skip-destination-validation", "true")],
        conf,
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    let r = send(&mut w, req("GET", "/events?notification", &[], b""));
    assert_eq!(text(&r), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NotificationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><QueueConfiguration><Id>one</Id><Queue>arn:aws:sqs:us-east-1:123456789012:q</Queue><Event>s3:ObjectCreated:*</Event><Filter><S3Key><FilterRule><Name>Prefix</Name><Value>in/</Value></FilterRule></S3Key></Filter></QueueConfiguration></NotificationConfiguration>");
    let r = put_notification(&mut w, &[], b"<NotificationConfiguration><broken");
    assert!(
        text(&r).contains("<Code>MalformedXML</Code>"),
        "{}",
        text(&r)
    );
    // A function destination travels as CloudFunctionConfiguration.
    let conf = br#"<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><CloudFunctionConfiguration><Id>fn</Id><CloudFunction>arn:aws:lambda:us-east-1:123456789012:function:thumbs</CloudFunction><Event>s3:ObjectCreated:*</Event></CloudFunctionConfiguration></NotificationConfiguration>"#;
    let r = put_notification(
        &mut w,
        &[("x-amz-skip-destination-validation", "true")],
        conf,
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    let r = send(&mut w, req("GET", "/events?notification", &[], b""));
    assert!(text(&r).contains("<CloudFunctionConfiguration><Id>fn</Id><CloudFunction>arn:aws:lambda:us-east-1:123456789012:function:thumbs</CloudFunction><Event>s3:ObjectCreated:*</Event></CloudFunctionConfiguration>"), "{}", text(&r));
    // The deprecated PutBucketNotification's InvocationRole is accepted.
    let old_form = br#"<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><CloudFunctionConfiguration><Id>fn</Id><CloudFunction>arn:aws:lambda:us-east-1:123456789012:function:thumbs</CloudFunction><InvocationRole>arn:aws:iam::123456789012:role/r</InvocationRole><Event>s3:ObjectCreated:*</Event></CloudFunctionConfiguration></NotificationConfiguration>"#;
    let r = put_notification(
        &mut w,
        &[("x-amz-skip-destination-validation", "true")],
        old_form,
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    // An element the schema does not declare is MalformedXML, and nothing
    // is set.
    let r = put_notification(&mut w, &[], br#"<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bogus/></NotificationConfiguration>"#);
    assert_eq!(r.status, 400);
    assert!(
        text(&r).contains("<Code>MalformedXML</Code>"),
        "{}",
        text(&r)
    );
    // There is no DeleteBucketNotification: DELETE on the subresource is the
    // wrong method, never a DeleteBucket.
    let r = send(&mut w, req("DELETE", "/events?notification", &[], b""));
    assert_eq!(r.status, 405, "{}", text(&r));
    assert!(
        text(&r).contains("<Code>MethodNotAllowed</Code>"),
        "{}",
        text(&r)
    );
    assert_eq!(send(&mut w, req("HEAD", "/events", &[], b"")).status, 200);
    // A quiet DeleteObjects with nothing to report is still a document.
    let r = send(
        &mut w,
        req(
            "POST",
            "/events?delete",
            &[],
            br#"<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>gone</Key></Object><Quiet>true</Quiet></Delete>"#,
        ),
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(
        text(&r),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></DeleteResult>"
    );
    // An empty configuration turns notifications off.
    let r = put_notification(
        &mut w,
        &[],
        br#"<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>"#,
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    let r = send(&mut w, req("GET", "/events?notification", &[], b""));
    assert!(text(&r).ends_with("<NotificationConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"></NotificationConfiguration>"), "{}", text(&r));
}

#[test]
fn odd_requests_never_panic() {
    let mut w = World::new(4);
    send(&mut w, req("PUT", "/odd-bucket", &[], b""));
    let cases: Vec<HttpRequest> = vec![
        req("PUT", "/odd-bucket/k", &[("x-amz-meta-é", "v"), ("é", "x"), ("x-amz-meéééé", "y")], b"x"),
        req("PUT", "/odd-bucket/%ff%fe", &[], b"x"),
        req("GET", "/odd-bucket?list-type=2&max-keys=abc", &[], b""),
        req("GET", "/odd-bucket?list-type=2&continuation-token=%%%", &[], b""),
        req("PATCH", "/odd-bucket", &[], b""),
        req("POST", "/odd-bucket?delete", &[], b"<Delete><Object></Object></Delete>"),
        req("PUT", "/odd-bucket?notification", &[], b"<NotificationConfiguration><QueueConfiguration><Event>s3:ObjectCreated:*</Event></QueueConfiguration></NotificationConfiguration>"),
        req("PUT", "/odd-bucket/k", &[("Content-Encoding", "aws-chunked")], b"ffffffffffffffffff\r\n"),
        req("GET", "/odd-bucket/k", &[("Range", "bytes=5-1")], b""),
        req("PUT", "/odd-bucket/k", &[("Content-MD5", "not base64")], b"x"),
    ];
    for r in cases {
        let resp = send(&mut w, r.clone());
        assert!(resp.status >= 200, "{r:?}");
    }
}

#[test]
fn a_presigned_put_is_s3_whatever_its_content_type() {
    let mut w = World::new(4);
    assert_eq!(send(&mut w, req("PUT", "/inbox", &[], b"")).status, 200);
    // A presigned URL carries its credential in the query string; Python's
    // urllib sends a form content type by default.
    let r = send(
        &mut w,
        HttpRequest {
            method: "PUT".into(),
            url: "/inbox/note.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=0".into(),
            headers: vec![(
                "Content-Type".into(),
                "application/x-www-form-urlencoded".into(),
            )],
            body: b"hello".to_vec(),
        },
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    let r = send(&mut w, req("GET", "/inbox/note.txt", &[], b""));
    assert_eq!(text(&r), "hello");
}

/// Virtual-hosted style, the SDKs' default for a named endpoint: the Host
/// header names the bucket and the path is the key; an IP address, plain
/// `localhost` or another name keeps path style.
#[test]
fn the_host_names_the_bucket_in_virtual_hosted_style() {
    let mut w = World::new(4);
    for host in [
        "photos.localhost:4566",
        "photos.s3.us-east-1.amazonaws.com",
        "photos.s3.localhost.localstack.cloud:4566",
    ] {
        let r = send(&mut w, req("PUT", "/", &[("Host", host)], b""));
        assert_eq!(r.status, 200, "{host}: {}", text(&r));
        let r = send(
            &mut w,
            req("PUT", "/cats/tom.txt", &[("Host", host)], b"meow"),
        );
        assert_eq!(r.status, 200, "{host}: {}", text(&r));
        let r = send(&mut w, req("GET", "/cats/tom.txt", &[("Host", host)], b""));
        assert_eq!(text(&r), "meow", "{host}");
        // Listing: GET / on the bucket's host, unsigned too (a public read).
        let mut list = req("GET", "/?list-type=2", &[("Host", host)], b"");
        list.headers.retain(|(k, _)| k != "Authorization");
        let r = send(&mut w, list);
        assert!(
            text(&r).contains("<Key>cats/tom.txt</Key>"),
            "{host}: {}",
            text(&r)
        );
    }
    // The same object path-style.
    let r = send(
        &mut w,
        req(
            "GET",
            "/photos/cats/tom.txt",
            &[("Host", "127.0.0.1:4566")],
            b"",
        ),
    );
    assert_eq!(text(&r), "meow");
    let r = send(
        &mut w,
        req(
            "GET",
            "/photos/cats/tom.txt",
            &[("Host", "localhost:4566")],
            b"",
        ),
    );
    assert_eq!(text(&r), "meow");
    // A bucket that does not exist, by host.
    let r = send(
        &mut w,
        req("GET", "/k", &[("Host", "nothing-here.localhost:4566")], b""),
    );
    assert_eq!(r.status, 404);
    assert!(
        text(&r).contains("<BucketName>nothing-here</BucketName>"),
        "{}",
        text(&r)
    );
}

/// Every flexible checksum is checked (CRC32C and CRC64NVME too), only one
/// may be sent, and an object sent without one gets S3's CRC64NVME.
#[test]
fn every_checksum_is_checked_and_a_default_crc64nvme_is_kept() {
    let mut w = World::new(5);
    assert_eq!(send(&mut w, req("PUT", "/sums", &[], b"")).status, 200);
    let body = b"hello world";
    let crc32c = switchyard::s3::checksum::of("ChecksumCRC32C", body).unwrap();
    let r = send(
        &mut w,
        req(
            "PUT",
            "/sums/a",
            &[("x-amz-checksum-crc32c", &crc32c)],
            body,
        ),
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(r.header("x-amz-checksum-crc32c"), Some(crc32c.as_str()));
    // A well-formed digest that does not match is BadDigest; a malformed one
    // InvalidRequest.
    for (h, v, code) in [
        ("x-amz-checksum-crc32c", "AAAAAA==", "BadDigest"),
        ("x-amz-checksum-crc64nvme", "AAAAAAAAAAA=", "BadDigest"),
        ("x-amz-checksum-sha1", "zz", "InvalidRequest"),
        ("x-amz-checksum-crc32", "AAAA", "InvalidRequest"),
    ] {
        let r = send(&mut w, req("PUT", "/sums/b", &[(h, v)], body));
        assert_eq!(r.status, 400, "{h}");
        assert!(
            text(&r).contains(&format!("<Code>{code}</Code>")),
            "{h}: {}",
            text(&r)
        );
    }
    let crc32 = switchyard::s3::checksum::of("ChecksumCRC32", body).unwrap();
    let r = send(
        &mut w,
        req(
            "PUT",
            "/sums/c",
            &[
                ("x-amz-checksum-crc32", &crc32),
                ("x-amz-checksum-crc32c", &crc32c),
            ],
            body,
        ),
    );
    assert_eq!(r.status, 400);
    assert!(
        text(&r).contains("Expecting a single x-amz-checksum- header"),
        "{}",
        text(&r)
    );
    // None sent: S3 keeps a CRC64NVME of the whole object and says so.
    let crc64 = switchyard::s3::checksum::of("ChecksumCRC64NVME", body).unwrap();
    let r = send(&mut w, req("PUT", "/sums/d", &[], body));
    assert_eq!(r.header("x-amz-checksum-crc64nvme"), Some(crc64.as_str()));
    assert_eq!(r.header("x-amz-checksum-type"), Some("FULL_OBJECT"));
    let r = send(
        &mut w,
        req("GET", "/sums/d", &[("x-amz-checksum-mode", "ENABLED")], b""),
    );
    assert_eq!(r.header("x-amz-checksum-crc64nvme"), Some(crc64.as_str()));
}

/// A 304 names the object's ETag and Last-Modified; Last-Modified is kept to
/// the second, so a listing and HEAD agree; MaxKeys=0 is not "truncated".
#[test]
fn not_modified_headers_whole_seconds_and_max_keys_zero() {
    let mut w = World::new(6);
    assert_eq!(send(&mut w, req("PUT", "/cond", &[], b"")).status, 200);
    w.sleep_ms(1_234);
    let r = send(&mut w, req("PUT", "/cond/k", &[], b"v"));
    let etag = r.header("ETag").unwrap().to_string();
    let head = send(&mut w, req("HEAD", "/cond/k", &[], b""));
    let modified = head.header("Last-Modified").unwrap().to_string();
    let r = send(
        &mut w,
        req("GET", "/cond/k", &[("If-None-Match", &etag)], b""),
    );
    assert_eq!(r.status, 304);
    assert_eq!(r.header("ETag"), Some(etag.as_str()));
    assert_eq!(r.header("Last-Modified"), Some(modified.as_str()));
    let listed = text(&send(&mut w, req("GET", "/cond?list-type=2", &[], b"")));
    assert!(listed.contains(".000Z</LastModified>"), "{listed}");
    let none = text(&send(
        &mut w,
        req("GET", "/cond?list-type=2&max-keys=0", &[], b""),
    ));
    assert!(none.contains("<IsTruncated>false</IsTruncated>"), "{none}");
    assert!(!none.contains("NextContinuationToken"), "{none}");
}

/// A copy keeps its source's checksum algorithm (or takes the one asked
/// for) and says so; SHA-512 and MD5 checksums are checked; the XXHASH family
/// is refused by name.
#[test]
fn copies_keep_their_checksum_and_newer_algorithms() {
    let mut w = World::new(7);
    assert_eq!(send(&mut w, req("PUT", "/cpy", &[], b"")).status, 200);
    let body = b"copy me";
    let crc32 = switchyard::s3::checksum::of("ChecksumCRC32", body).unwrap();
    send(
        &mut w,
        req("PUT", "/cpy/src", &[("x-amz-checksum-crc32", &crc32)], body),
    );
    let r = send(
        &mut w,
        req("PUT", "/cpy/dst", &[("x-amz-copy-source", "/cpy/src")], b""),
    );
    assert!(
        text(&r).contains(&format!("<ChecksumCRC32>{crc32}</ChecksumCRC32>")),
        "{}",
        text(&r)
    );
    let sha256 = switchyard::s3::checksum::of("ChecksumSHA256", body).unwrap();
    let r = send(
        &mut w,
        req(
            "PUT",
            "/cpy/dst2",
            &[
                ("x-amz-copy-source", "/cpy/src"),
                ("x-amz-checksum-algorithm", "SHA256"),
            ],
            b"",
        ),
    );
    assert!(text(&r).contains(&sha256), "{}", text(&r));
    for (h, member) in [
        ("x-amz-checksum-sha512", "ChecksumSHA512"),
        ("x-amz-checksum-md5", "ChecksumMD5"),
    ] {
        let good = switchyard::s3::checksum::of(member, body).unwrap();
        assert_eq!(
            send(&mut w, req("PUT", "/cpy/x", &[(h, &good)], body)).status,
            200
        );
        assert_eq!(
            send(&mut w, req("PUT", "/cpy/x", &[(h, "AAAA")], body)).status,
            400
        );
    }
    let r = send(
        &mut w,
        req(
            "PUT",
            "/cpy/x",
            &[("x-amz-checksum-xxhash64", "AAAAAAAAAAA=")],
            body,
        ),
    );
    assert_eq!(r.status, 501, "{}", text(&r));
}

/// response-expires overrides Expires as the other response-* parameters
/// override their headers; a max-keys S3 cannot read is its InvalidArgument.
#[test]
fn response_expires_and_unreadable_numbers() {
    let mut w = World::new(8);
    assert_eq!(send(&mut w, req("PUT", "/resp", &[], b"")).status, 200);
    send(
        &mut w,
        req(
            "PUT",
            "/resp/k",
            &[("Expires", "Thu, 01 Jan 2026 00:00:00 GMT")],
            b"v",
        ),
    );
    let r = send(
        &mut w,
        req(
            "GET",
            "/resp/k?response-expires=Tue%2C%2021%20Oct%202031%2007%3A28%3A00%20GMT",
            &[],
            b"",
        ),
    );
    assert_eq!(r.status, 200, "{}", text(&r));
    assert_eq!(r.header("Expires"), Some("Tue, 21 Oct 2031 07:28:00 GMT"));
    let r = send(
        &mut w,
        req("GET", "/resp?list-type=2&max-keys=abc", &[], b""),
    );
    assert_eq!(r.status, 400);
    let t = text(&r);
    assert!(t.contains("<Code>InvalidArgument</Code>"), "{t}");
    assert!(t.contains("<ArgumentName>max-keys</ArgumentName>"), "{t}");
    assert!(t.contains("<ArgumentValue>abc</ArgumentValue>"), "{t}");
}
