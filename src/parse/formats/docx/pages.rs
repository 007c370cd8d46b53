//! Which page of a DOCX a paragraph starts on, for `--explain`.
//!
//! Takes the page counts kept while the body is read (see [`Pages`]); gives the page
//! of each paragraph by the count the document records. A DOCX holds no pages of its
//! own: they are what a word processor lays out, so only what the file recorded can
//! be said, and nothing when it recorded no break.

/// A page number counted two ways: by the breaks Word recorded where its last layout
/// ended a page (`lastRenderedPageBreak`), and by the page breaks the writer put in.
/// Word records the first whenever it saves; other writers only have the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pages {
    pub rendered: u16,
    pub explicit: u16,
}

impl Default for Pages {
    fn default() -> Pages {
        Pages {
            rendered: 1,
            explicit: 1,
        }
    }
}

/// The page of each paragraph by the count the document records (Word's layout when
/// there is one, else the explicit breaks); empty when it records no page break, and
/// so says nothing about its pages.
pub fn page_numbers(pages: &[Pages]) -> Vec<u16> {
    if pages.iter().any(|p| p.rendered > 1) {
        pages.iter().map(|p| p.rendered).collect()
    } else if pages.iter().any(|p| p.explicit > 1) {
        pages.iter().map(|p| p.explicit).collect()
    } else {
        Vec::new()
    }
}
