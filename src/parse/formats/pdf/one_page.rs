//! Test support: the page tree, catalogue and bytes of a one-page PDF, around the
//! content stream and resources a test writes, so that each test shows only what it
//! is about (its fonts and its operators). Compiled for tests only.

use pdf_extract::{dictionary, Dictionary, Document, Object, Stream};

/// Saves `doc` as a one-page A4 PDF drawing `content` with `resources`.
pub fn one_page_pdf(mut doc: Document, content: Vec<u8>, resources: Dictionary) -> Vec<u8> {
    let content = doc.add_object(Stream::new(dictionary! {}, content));
    let pages = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content,
        "Resources" => resources,
    });
    let kids = vec![Object::from(page)];
    doc.objects.insert(
        pages,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 1 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .expect("a PDF built in memory saves");
    bytes
}
