//! The page's entry point. Built by Trunk for wasm32; on native it says so.

#[cfg(target_arch = "wasm32")]
fn main() {
    switchyard::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The playground is the wasm32 build of this crate: run `scripts/serve.sh` (Trunk) to open it.");
    std::process::exit(2);
}
