//! The AWS CLI console: the same command lines as `switchyard run`, against the
//! page's world, with history (Up/Down) and the CLI's own output.

use crate::web::with_host;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub redraw: Callback<()>,
}

/// Lines of output kept in the console.
const MAX_OUTPUT_LINES: usize = 2_000;

#[derive(Clone, PartialEq)]
struct Entry {
    command: String,
    stdout: String,
    stderr: String,
    at: String,
}

#[function_component(Console)]
pub fn console(p: &Props) -> Html {
    let entries = use_state(Vec::<Entry>::new);
    let suggestions = use_state(Vec::<String>::new);
    let history = use_mut_ref(Vec::<String>::new);
    let cursor = use_mut_ref(|| 0usize);
    let input = use_node_ref();
    let output = use_node_ref();
    // Keep the newest output in view, as a terminal does.
    {
        let output = output.clone();
        use_effect_with(entries.len(), move |_| {
            if let Some(el) = output.cast::<web_sys::Element>() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    }

    let run = {
        let entries = entries.clone();
        let history = history.clone();
        let cursor = cursor.clone();
        let input = input.clone();
        let redraw = p.redraw.clone();
        Callback::from(move |_: ()| {
            let Some(el) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let line = el.value();
            if line.trim().is_empty() {
                return;
            }
            let (stdout, stderr, at) = with_host(|h| {
                let r = crate::runner::run_line(&mut h.world, 1, &line);
                h.tick();
                let at = h.world.now().to_string();
                match r {
                    Some(r) => (r.stdout, r.stderr.trim_start().to_string(), at),
                    None => (String::new(), String::new(), at),
                }
            });
            history.borrow_mut().push(line.clone());
            *cursor.borrow_mut() = history.borrow().len();
            let mut next = (*entries).clone();
            next.push(Entry {
                command: line,
                stdout,
                stderr,
                at,
            });
            let excess = next.len().saturating_sub(MAX_OUTPUT_LINES);
            next.drain(..excess);
            entries.set(next);
            el.set_value("");
            redraw.emit(());
        })
    };
    let onsubmit = {
        let run = run.clone();
        let suggestions = suggestions.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            suggestions.set(Vec::new());
            run.emit(());
        })
    };
    let onkeydown = {
        let history = history.clone();
        let cursor = cursor.clone();
        let input = input.clone();
        let suggestions = suggestions.clone();
        Callback::from(move |e: KeyboardEvent| {
            let h = history.borrow();
            let mut c = cursor.borrow_mut();
            let Some(el) = input.cast::<HtmlInputElement>() else {
                return;
            };
            match e.key().as_str() {
                // Completion of commands and parameter names from the API models.
                "Tab" if !e.shift_key() => {
                    let (line, candidates) = crate::cli::apply_completion(&el.value());
                    el.set_value(&line);
                    suggestions.set(if candidates.len() > 1 {
                        candidates
                    } else {
                        Vec::new()
                    });
                    e.prevent_default();
                }
                "ArrowUp" if *c > 0 => {
                    *c -= 1;
                    el.set_value(&h[*c]);
                    e.prevent_default();
                }
                "ArrowDown" if *c < h.len() => {
                    *c += 1;
                    el.set_value(h.get(*c).map(String::as_str).unwrap_or(""));
                    e.prevent_default();
                }
                _ => {}
            }
        })
    };
    html! {
        <section class="console" aria-label="AWS CLI console">
            <h2>{"Console"}</h2>
            <div ref={output} class="console-output" role="log" aria-label="Console output" tabindex="0">
                if entries.is_empty() {
                    <p class="hint">{"Type AWS CLI commands, e.g. "}<code>{"aws sqs create-queue --queue-name orders"}</code>{", or "}<code>{"sleep 5"}</code>{" to move the virtual clock."}</p>
                }
                { for entries.iter().map(|e| html! {
                    <div class="console-entry">
                        <div class="console-cmd"><span class="prompt">{"$ "}</span>{&e.command}<span class="console-at">{format!("  [{}]", e.at)}</span></div>
                        if !e.stdout.is_empty() { <pre class="console-stdout">{&e.stdout}</pre> }
                        if !e.stderr.is_empty() { <pre class="console-stderr">{&e.stderr}</pre> }
                    </div>
                }) }
            </div>
            if !suggestions.is_empty() {
                <p class="suggestions" role="status" aria-label="Completions">{suggestions.iter().take(40).cloned().collect::<Vec<_>>().join("  ")}</p>
            }
            <form class="console-input" onsubmit={onsubmit}>
                <input ref={input} type="text" aria-label="AWS CLI command" placeholder="aws sqs list-queues (Tab completes)"
                    autocomplete="off" spellcheck="false" onkeydown={onkeydown} />
                <button type="submit" aria-label="Run command">{"Run"}</button>
            </form>
        </section>
    }
}
