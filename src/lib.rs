//! vitae: a static site generator for résumé portfolios.
//!
//! The pipeline, one module per stage:
//!
//! - [`parse`]: résumé text (PDF-converted, Markdown), JSON Resume or YAML → [`model::Resume`]
//! - [`model`]: the JSON Resume v1.0.0 data model, with vitae's extensions
//! - `keyed`: YAML and JSON read against the key table, every unknown key at its line
//! - [`merge`]: a person's `overrides.yaml` applied over the parsed résumé
//! - [`render`]: themes (Tera templates, embedded in the binary) → HTML
//! - [`site`]: a site on disk: `site.yaml`, `content/<slug>/`, templates, static files
//! - [`build`]: the whole site written to an output folder, people in parallel
//! - [`serve`]: a local preview server that rebuilds and live-reloads on change
//! - [`init`]: `vitae init`, a new site (and its CI workflow) to start from
//! - [`schema`]: JSON Schemas of site.yaml, overrides.yaml and theme.yaml for editors
//!
//! The command-line tool in `main.rs` is a thin layer over these.

pub mod build;
pub mod error;
pub mod init;
mod keyed;
pub mod merge;
pub mod model;
pub mod parse;
pub mod render;
pub mod schema;
pub mod serve;
pub mod site;

pub use error::{Error, Result};
pub use model::Resume;
