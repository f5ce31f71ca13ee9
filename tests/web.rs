//! Browser tests (wasm-bindgen-test in headless Chromium): the determinism digest
//! in wasm, the JavaScript entry point, and the page's shell.
#![cfg(target_arch = "wasm32")]

use switchyard::runner::run_script;
use switchyard::World;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SCRIPT: &str = include_str!("determinism.aws");
const EXPECTED: &str = include_str!("determinism.digest");
const SEED: u64 = 20_261_126;

#[wasm_bindgen_test]
fn journal_digest_matches_native() {
    let mut w = World::new(SEED);
    run_script(&mut w, SCRIPT, |_| {});
    let got = format!("{} {}", w.sim.journal.digest_hex(), w.sim.journal.total());
    assert_eq!(
        got,
        EXPECTED.trim(),
        "wasm journal differs from native; reproduce with seed={SEED}"
    );
}

#[wasm_bindgen_test]
async fn handle_aws_request_answers_with_aws_errors() {
    let req = js_sys::Object::new();
    let set = |k: &str, v: wasm_bindgen::JsValue| {
        js_sys::Reflect::set(&req, &k.into(), &v).unwrap();
    };
    set("method", "POST".into());
    set("url", "/".into());
    let headers = js_sys::Object::new();
    js_sys::Reflect::set(
        &headers,
        &"X-Amz-Target".into(),
        &"AmazonSQS.ListQueues".into(),
    )
    .unwrap();
    js_sys::Reflect::set(
        &headers,
        &"Content-Type".into(),
        &"application/x-amz-json-1.0".into(),
    )
    .unwrap();
    set("headers", headers.into());
    set("body", "{not json".into());
    let p = switchyard::web::handle_aws_request(req.into());
    let resp = wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    let status = js_sys::Reflect::get(&resp, &"status".into())
        .unwrap()
        .as_f64()
        .unwrap();
    let body = js_sys::Reflect::get(&resp, &"body".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(status, 400.0);
    assert!(body.contains("SerializationException"), "{body}");
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn page_renders_and_console_moves_the_clock() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let app = doc.create_element("div").unwrap();
    app.set_id("app");
    doc.body().unwrap().append_child(&app).unwrap();
    switchyard::ui::start();
    gloo_timers::future::TimeoutFuture::new(0).await;
    // Pause so the clock moves only when told.
    let pause: web_sys::HtmlElement = app
        .query_selector("button[aria-label='Pause']")
        .unwrap()
        .expect("a Pause button")
        .unchecked_into();
    pause.click();
    gloo_timers::future::TimeoutFuture::new(60).await;
    assert!(app
        .query_selector("button[aria-label='Play']")
        .unwrap()
        .is_some());
    let before = switchyard::web::now_ms();
    let input: web_sys::HtmlInputElement = app
        .query_selector("input[aria-label='AWS CLI command']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("sleep 5");
    let run: web_sys::HtmlElement = app
        .query_selector("button[aria-label='Run command']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    run.click();
    gloo_timers::future::TimeoutFuture::new(60).await;
    assert_eq!(switchyard::web::now_ms() - before, 5000.0);
    assert!(text_of(&app, "[aria-label='Console output']").contains("sleep 5"));
    assert!(text_of(&app, "[aria-label='Events']").contains("Clock advanced by 5.000s"));
}
