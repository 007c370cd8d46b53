//! `vitae serve` (placeholder).

use std::path::PathBuf;

use crate::error::Result;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub bind: String,
    pub open: bool,
}

pub fn serve(opts: ServeOptions) -> Result<()> {
    let _ = opts;
    Ok(())
}
