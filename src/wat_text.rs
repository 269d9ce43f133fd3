//! WAT text to a module binary, with errors that name the file and stay
//! short: the parser's message echoes the whole offending source line, which
//! for machine-generated text can be megabytes long.

use anyhow::{Result, anyhow};
use std::borrow::Cow;
use std::path::Path;

/// Longest source excerpt an error shows.
const EXCERPT_CHARS: usize = 80;

/// Longest line of an error message kept as it is.
const MAX_LINE_CHARS: usize = 200;

/// `bytes` as a module binary: returned as is when it already is one,
/// parsed as WAT text otherwise. `path` names the file in errors.
pub(crate) fn to_binary<'a>(bytes: &'a [u8], path: Option<&Path>) -> Result<Cow<'a, [u8]>> {
    if bytes.starts_with(b"\0asm") {
        return Ok(bytes.into());
    }
    let text = std::str::from_utf8(bytes).map_err(|_| {
        anyhow!("input is neither a wasm binary (no `\\0asm` header) nor UTF-8 text")
    })?;
    wat::Parser::new()
        .parse_str(path, text)
        .map(Cow::Owned)
        .map_err(|e| anyhow!("{}", shorten(&e.to_string())))
}

/// The parser's message with every overlong line cut down: the source line
/// to a window around the column the caret points at (the caret moved to
/// match), any other line to its start.
fn shorten(message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    if lines.iter().all(|l| l.chars().count() <= MAX_LINE_CHARS) {
        return message.to_string();
    }
    // The layout is: message, ` --> file:line:col`, `|`, ` N | source`,
    // `| ^`. Find the source line and the caret's column.
    let caret = lines
        .iter()
        .position(|l| l.trim_start().starts_with('|') && l.trim_end().ends_with('^'));
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let source_line = caret.is_some_and(|c| c == i + 1);
        if source_line && let Some((gutter, source)) = line.split_once(" | ") {
            let caret_line = lines[i + 1];
            let column = caret_line.chars().count() - caret_line.find('|').unwrap_or(0) - 3;
            let (excerpt, at) = excerpt(source, column);
            out.push(format!("{gutter} | {excerpt}"));
            let pad = caret_line.split_once('|').map_or("", |(p, _)| p);
            out.push(format!("{pad}| {}^", " ".repeat(at)));
            continue;
        }
        if caret.is_some_and(|c| c == i) && out.len() == i + 1 {
            continue; // the caret line was rewritten with its source line
        }
        out.push(cut(line, MAX_LINE_CHARS));
    }
    out.join("\n")
}

/// At most `EXCERPT_CHARS` characters of `source` around character
/// `column`, with `…` where it was cut, and the column within the excerpt.
fn excerpt(source: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = source.chars().collect();
    let start = column
        .saturating_sub(EXCERPT_CHARS / 2)
        .min(chars.len().saturating_sub(EXCERPT_CHARS));
    let end = (start + EXCERPT_CHARS).min(chars.len());
    let mut text = String::new();
    let mut at = column - start;
    if start > 0 {
        text.push('…');
        at += 1;
    }
    text.extend(&chars[start..end]);
    if end < chars.len() {
        text.push('…');
    }
    (text, at)
}

/// `line` cut to `max` characters, marked with `…` when cut.
fn cut(line: &str, max: usize) -> String {
    if line.chars().count() <= max {
        return line.to_string();
    }
    let mut s: String = line.chars().take(max).collect();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_file_with_line_and_column() {
        let err = to_binary(
            b"(module (func (i32.frobnicate)))",
            Some(Path::new("x.wat")),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("x.wat:1:16"), "{err}");
        assert!(err.contains("(module (func (i32.frobnicate)))"), "{err}");
    }

    #[test]
    fn a_huge_line_is_cut_around_the_error() {
        // An unknown operator early in a 1 MB line (the parser echoes the
        // whole line when the column is small).
        let mut text = String::from("(module (func nop nop i32.frobnicate");
        text.push_str(&" nop".repeat(250_000));
        text.push_str("))");
        let err = to_binary(text.as_bytes(), None).unwrap_err().to_string();
        assert!(err.len() < 1_000, "{} bytes: {}", err.len(), &err[..1_000]);
        assert!(err.contains("unknown operator"), "{err}");
        let lines: Vec<&str> = err.lines().collect();
        // The caret points at the start of the unknown operator.
        let source = lines.iter().find(|l| l.contains("frobnicate")).unwrap();
        let caret = lines.last().unwrap();
        let at = caret.chars().count() - 1;
        let pointed: String = source.chars().skip(at).take(14).collect();
        assert_eq!(pointed, "i32.frobnicate", "{err}");
    }

    #[test]
    fn short_messages_are_unchanged() {
        let long = "x".repeat(10);
        assert_eq!(shorten(&long), long);
    }
}
