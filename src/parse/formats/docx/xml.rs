//! A thin layer over quick-xml for WordprocessingML: elements by their local name
//! (`w:p` → `p`, whatever the prefix), attributes by local name, text with its
//! entity and character references resolved.
//!
//! Takes the text of one XML part; gives a stream of [`Ev`]ents to a callback (an
//! empty element is an open followed by a close). A well-formedness error stops the
//! walk and says where. It knows nothing of Word's elements.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One XML event, by local name.
#[derive(Debug, Clone, PartialEq)]
pub enum Ev {
    Open(String, Attrs),
    Close(String),
    Text(String),
}

/// An element's attributes by local name (`w:val` → `val`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attrs(HashMap<String, String>);

impl Attrs {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

fn local(name: &[u8]) -> String {
    let name = match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    };
    String::from_utf8_lossy(name).into_owned()
}

fn attrs(e: &BytesStart) -> Attrs {
    let mut map = HashMap::new();
    for a in e.attributes().with_checks(false).flatten() {
        let value = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
        map.insert(local(a.key.as_ref()), value);
    }
    Attrs(map)
}

/// The predefined XML entities; Word writes no others.
fn entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

/// Walks `xml`, handing every event to `f`; an error names the byte where it was found.
pub fn walk(xml: &str, mut f: impl FnMut(Ev)) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error near byte {at}: {e}"))?;
        match event {
            Event::Start(e) => f(Ev::Open(local(e.local_name().as_ref()), attrs(&e))),
            Event::Empty(e) => {
                let name = local(e.local_name().as_ref());
                f(Ev::Open(name.clone(), attrs(&e)));
                f(Ev::Close(name));
            }
            Event::End(e) => f(Ev::Close(local(e.local_name().as_ref()))),
            Event::Text(t) => {
                let text = t
                    .xml10_content()
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&t).into_owned());
                f(Ev::Text(text));
            }
            Event::CData(t) => f(Ev::Text(String::from_utf8_lossy(&t).into_owned())),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => r.decode().ok().and_then(|name| entity(&name)),
                };
                if let Some(c) = c {
                    f(Ev::Text(c.to_string()));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Vec<Ev> {
        let mut out = Vec::new();
        walk(xml, |e| out.push(e)).unwrap();
        out
    }

    #[test]
    fn local_names_attributes_and_references() {
        let ev = events(r#"<w:p><w:pStyle w:val="Heading1"/><w:t>A &amp; B&#233;</w:t></w:p>"#);
        assert_eq!(ev[0], Ev::Open("p".into(), Attrs::default()));
        let Ev::Open(name, a) = &ev[1] else { panic!() };
        assert_eq!((name.as_str(), a.get("val")), ("pStyle", Some("Heading1")));
        assert_eq!(ev[2], Ev::Close("pStyle".into()));
        let text: String = ev
            .iter()
            .filter_map(|e| match e {
                Ev::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(text, "A & Bé");
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(walk("<a><b></a>", |_| {}).is_err());
    }
}
