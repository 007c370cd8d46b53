//! Rendering: themes (Tera templates and static files) turn page variables into HTML.

mod context;

pub use context::{PageVars, PersonLink, PersonVars, SiteVars};
