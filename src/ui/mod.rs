//! The page (wasm32 only): a Yew app laid out as PLAYGROUND.md describes — top
//! bar with the clock controls, resources on the left, the live diagram in the
//! centre, the inspector on the right, the AWS CLI console and the event log at
//! the bottom.
//!
//! **Architecture Invariant:** the UI changes the world only through the same
//! operations a user or the CLI would call (`runner::run_line`, `World::call`,
//! the clock controls); it reads everything else.

mod console;
mod diagram;
mod panels;
mod sqs;
mod topbar;

use crate::web::with_host;
use yew::prelude::*;

/// Mounts the app into `#app`, replacing the "Loading..." text, after installing
/// a panic hook that shows a panic on the page instead of leaving it dead.
pub fn start() {
    install_panic_hook();
    // In Node (the SDK tests) there is no document: only the JS entry points run.
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = doc
        .get_element_by_id("app")
        .unwrap_or_else(|| doc.body().expect("page has a body").into());
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

/// A panic becomes a visible alert with the message, so a person (and a test)
/// sees what broke.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("Switchyard stopped: {info}");
        web_sys::console::error_1(&msg.clone().into());
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(el) = doc.create_element("pre") {
                el.set_id("panic");
                let _ = el.set_attribute("role", "alert");
                el.set_text_content(Some(&msg));
                if let Some(body) = doc.body() {
                    let _ = body.prepend_with_node_1(&el);
                }
            }
        }
    }));
}

/// Frames per second of the page's redraw while the clock runs.
const FRAME_MS: u32 = 50;

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    // A frame counter: every tick advances the world's clock from wall time and
    // redraws from the world (never per message).
    let frame = use_state(|| 0u64);
    {
        let frame = frame.clone();
        use_effect_with((), move |_| {
            let interval = gloo_timers::callback::Interval::new(FRAME_MS, move || {
                with_host(|h| h.tick());
                frame.set(*frame + 1);
            });
            move || drop(interval)
        });
    }
    let redraw = {
        let frame = frame.clone();
        Callback::from(move |_: ()| frame.set(*frame + 1))
    };
    // The selected queue (by id), shared by the list, the diagram and the inspector.
    let selected = use_state(|| None::<u32>);
    let select = {
        let selected = selected.clone();
        Callback::from(move |id: Option<u32>| selected.set(id))
    };
    html! {
        <div class="layout">
            <topbar::TopBar redraw={redraw.clone()} />
            <panels::Resources redraw={redraw.clone()} frame={*frame} selected={*selected} select={select.clone()} />
            <diagram::Diagram frame={*frame} selected={*selected} select={select.clone()} />
            <panels::Inspector frame={*frame} selected={*selected} select={select.clone()} redraw={redraw.clone()} />
            <div class="bottom">
                <console::Console redraw={redraw.clone()} />
                <panels::EventLog frame={*frame} />
            </div>
        </div>
    }
}
