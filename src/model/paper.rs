//! The paper a résumé is printed on, a setting of the site and of each person
//! (`paper: A4 | Letter`). Here, below `site`, `merge` and `render`, because all
//! three read it; the CSS it turns into is the theme's business.

use serde::{Deserialize, Serialize};

/// Paper size for print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The CSS `@page { size: … }` value.
    pub fn css_size(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}
