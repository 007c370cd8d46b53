//! Building: the whole site written to an output folder (placeholder).

use std::path::Path;
use std::time::Duration;

use crate::error::Result;

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub base_url: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub people: usize,
    pub elapsed: Duration,
}

pub fn build_site(root: &Path, output: &Path, opts: &BuildOptions) -> Result<BuildReport> {
    let _ = (root, output, opts);
    Ok(BuildReport::default())
}
