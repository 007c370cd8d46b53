//! Rebuilds the crate when a built-in theme changes: the themes are embedded with
//! `include_dir!`, which cannot tell Cargo which files it read on stable Rust.

fn main() {
    println!("cargo:rerun-if-changed=themes");
}
