//! `aws s3api ...` lines as `switchyard run` and the page's console run them:
//! `--body` reads a file, get-object writes its positional outfile, the
//! notification configuration comes as JSON or `file://`, output as the CLI prints it.
#![cfg(not(target_arch = "wasm32"))]

use switchyard::cli::{execute, words};
use switchyard::World;

fn run(w: &mut World, line: &str) -> switchyard::cli::CliResult {
    let r = execute(w, &words::split(line).unwrap());
    w.check_invariants();
    r
}

#[test]
fn s3api_commands_with_files() {
    let dir = std::env::temp_dir().join(format!("switchyard-s3-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let up = dir.join("up.bin");
    let down = dir.join("down.bin");
    std::fs::write(&up, [0u8, 1, 2, 255, b'x']).unwrap();
    let mut w = World::new(11);
    let r = run(&mut w, "aws s3api create-bucket --bucket cli-bucket");
    assert_eq!(r.stdout(), "{\n    \"Location\": \"/cli-bucket\",\n    \"BucketArn\": \"arn:aws:s3:::cli-bucket\"\n}\n");
    let r = run(
        &mut w,
        &format!(
            "aws s3api put-object --bucket cli-bucket --key k/one --body {} --metadata a=b",
            up.display()
        ),
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert!(
        r.stdout().contains(&format!(
            "\"ETag\": \"\\\"{}\\\"\"",
            switchyard::util::md5_hex(&[0, 1, 2, 255, b'x'])
        )),
        "{}",
        r.stdout()
    );
    let r = run(
        &mut w,
        &format!(
            "aws s3api get-object --bucket cli-bucket --key k/one {}",
            down.display()
        ),
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr());
    assert_eq!(std::fs::read(&down).unwrap(), [0u8, 1, 2, 255, b'x']);
    assert!(!r.stdout().contains("\"Body\""));
    assert!(
        r.stdout()
            .contains("\"LastModified\": \"2026-01-01T00:00:00+00:00\""),
        "{}",
        r.stdout()
    );
    let r = run(
        &mut w,
        "aws s3api get-object --bucket cli-bucket --key k/one",
    );
    assert_eq!(r.exit_code, 252);
    assert!(r
        .stderr()
        .contains("the following arguments are required: outfile"));
    let r = run(
        &mut w,
        "aws s3api list-objects-v2 --bucket cli-bucket --prefix k/",
    );
    assert!(r.stdout().contains("\"Key\": \"k/one\""), "{}", r.stdout());
    let conf = dir.join("nc.json");
    std::fs::write(&conf, r#"{"QueueConfigurations":[{"QueueArn":"arn:aws:sqs:us-east-1:123456789012:nowhere","Events":["s3:ObjectCreated:*"]}]}"#).unwrap();
    let r = run(&mut w, &format!("aws s3api put-bucket-notification-configuration --bucket cli-bucket --notification-configuration file://{}", conf.display()));
    assert_eq!(r.exit_code, 254);
    assert_eq!(r.stderr(), "\nAn error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations\n");
    let r = run(
        &mut w,
        "aws s3api head-object --bucket cli-bucket --key none",
    );
    assert_eq!(
        r.stderr(),
        "\nAn error occurred (404) when calling the HeadObject operation: Not Found\n"
    );
    let r = run(&mut w, "aws s3api put-bucket-versioning --bucket cli-bucket --versioning-configuration Status=Enabled");
    assert_eq!(r.error.unwrap().code, "NotImplemented");
    std::fs::remove_dir_all(&dir).ok();
}
