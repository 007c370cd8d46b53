//! Text layouts that imitate how real résumés reach vitae.
//!
//! Each layout turns a résumé's data into text the way one family of real documents
//! looks (PDF conversions, Markdown, profile exports, one-liners, regional styles,
//! two-column templates…). `gold` is what a careful reader can recover from that text:
//! the data itself, except where a layout by its nature shows less (years only, no
//! bullets). Random choices inside a layout only change the look, never the content.

mod columns;
pub mod common;
mod grouped;
mod markdown;
mod oneline;
mod pdf;
mod profile;
mod regional;
mod sidebar;
mod stacked;

use super::rng::Rng;
use vitae::model::Resume;

/// One text layout.
pub struct Layout {
    pub name: &'static str,
    /// The data as a reader can recover it from this layout.
    pub gold: fn(&Resume) -> Resume,
    /// The text, rendered from the gold data.
    pub render: fn(&Resume, &mut Rng) -> String,
}

fn same(r: &Resume) -> Resume {
    r.clone()
}

pub const LAYOUTS: &[Layout] = &[
    Layout {
        name: "pdf",
        gold: same,
        render: pdf::render,
    },
    Layout {
        name: "markdown",
        gold: same,
        render: markdown::render,
    },
    Layout {
        name: "profile",
        gold: profile::gold,
        render: profile::render,
    },
    Layout {
        name: "stacked",
        gold: same,
        render: stacked::render,
    },
    Layout {
        name: "oneline",
        gold: oneline::gold,
        render: oneline::render,
    },
    Layout {
        name: "regional",
        gold: same,
        render: regional::render,
    },
    Layout {
        name: "grouped",
        gold: same,
        render: grouped::render,
    },
    Layout {
        name: "columns",
        gold: same,
        render: columns::render,
    },
    Layout {
        name: "sidebar",
        gold: same,
        render: sidebar::render,
    },
];
