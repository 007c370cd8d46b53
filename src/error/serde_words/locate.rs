//! Positions in the text serde read: a JSON position never at column 0, the path of
//! the JSON value at a position (`work[1].startDate`), and the line of a duplicate
//! YAML key. Takes the text and serde's position; reads nothing else.

/// serde_json counts the column of a position at the start of a line as 0 (the end
/// of the file after a last newline): such a position is given as the end of the last
/// line with text before it, which is where something is missing.
pub(super) fn no_column_zero(text: &str, line: usize, column: usize) -> (usize, usize) {
    if column > 0 || line == 0 {
        return (line.max(1), column.max(1));
    }
    let lines: Vec<&str> = text.lines().take(line.saturating_sub(1)).collect();
    match lines.iter().rposition(|l| !l.trim().is_empty()) {
        Some(i) => (i + 1, lines[i].trim_end().chars().count() + 1),
        None => (line, 1),
    }
}

/// The path (`work[1].startDate`) of the JSON value at 1-based `line`, `column`
/// (as serde_json counts them: characters, the value's first character or the one
/// it ends on); `""` at the top level. Assumes the JSON is well-formed up to there.
pub(super) fn json_path_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object { key: Option<String>, in_value: bool },
        Array { index: usize, in_value: bool },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let (mut l, mut c) = (1usize, 0usize);
    let mut chars = text.chars().peekable();
    // The last string read, which becomes the key when a `:` follows it.
    let mut last_string = String::new();
    while let Some(ch) = chars.next() {
        if ch == '\n' {
            l += 1;
            c = 0;
        } else {
            c += 1;
        }
        if l > line || (l == line && c > column) {
            // A list or map that serde only peeked at is reported at the character
            // before it; it is still the value the error is about.
            let next = std::iter::once(ch)
                .chain(chars.by_ref())
                .find(|n| !n.is_whitespace());
            if matches!(next, Some('[' | '{')) {
                if let Some(Frame::Array { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            break;
        }
        match ch {
            '"' => {
                last_string.clear();
                let mut escaped = false;
                for s in chars.by_ref() {
                    c += 1;
                    if escaped {
                        last_string.push(s);
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == '"' {
                        break;
                    } else {
                        last_string.push(s);
                    }
                }
                if let Some(Frame::Array { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            '{' | '[' => {
                if let Some(Frame::Array { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
                stack.push(if ch == '{' {
                    Frame::Object {
                        key: None,
                        in_value: false,
                    }
                } else {
                    Frame::Array {
                        index: 0,
                        in_value: false,
                    }
                });
            }
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some(Frame::Object { key, in_value }) = stack.last_mut() {
                    *key = Some(std::mem::take(&mut last_string));
                    *in_value = true;
                }
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { in_value, .. }) => *in_value = false,
                Some(Frame::Array { index, in_value }) => {
                    *index += 1;
                    *in_value = false;
                }
                None => {}
            },
            c if c.is_whitespace() => {}
            _ => {
                if let Some(Frame::Array { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object {
                key: Some(k),
                in_value: true,
            } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Array {
                index,
                in_value: true,
            } => path.push_str(&format!("[{index}]")),
            _ => break,
        }
    }
    path
}

/// The line and column of the second `key:` of the map that starts at `line`,
/// `column` (where serde_yaml reports a duplicate), if the map is written one key a
/// line; `None` for a flow map (`{a: 1, a: 2}`) and anything else it cannot see.
pub(super) fn duplicate_line(
    text: &str,
    key: &str,
    line: usize,
    column: usize,
) -> Option<(usize, usize)> {
    let indent = column.checked_sub(1)?;
    let mut seen = 0;
    for (i, raw) in text.lines().enumerate().skip(line.checked_sub(1)?) {
        let body = raw.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let mut at = raw.chars().count() - body.chars().count();
        let mut body = body;
        // A map that is a list item starts on the `- ` line.
        if i + 1 == line {
            if let Some(rest) = body.strip_prefix("- ") {
                at += 2 + (rest.len() - rest.trim_start().len());
                body = rest.trim_start();
            }
        }
        if at < indent && i + 1 > line {
            break;
        }
        if at != indent {
            continue;
        }
        let name = body
            .strip_prefix(['"', '\''])
            .map_or(body, |b| b)
            .strip_prefix(key);
        let is_key = name.is_some_and(|rest| {
            rest.trim_start_matches(['"', '\''])
                .trim_start()
                .starts_with(':')
        });
        if is_key {
            seen += 1;
            if seen == 2 {
                return Some((i + 1, indent + 1));
            }
        }
    }
    None
}
