//! Unicode UAX #29 word and sentence segmentation for copydesk.
//!
//! ```
//! use copydesk_tokenize::{count_words, words};
//! let text = "Mr. Austin spoke.";
//! assert_eq!(words(text).collect::<Vec<_>>(), ["Mr", "Austin", "spoke"]);
//! assert_eq!(count_words(text), 3);
//! ```

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner apostrophes and periods).
    Word,
    /// Digits (possibly with inner separators such as `3.5` or `1,000`).
    Number,
    /// Punctuation.
    Punct,
    /// White space, including line breaks.
    Space,
    /// Emoji and other symbols.
    Symbol,
}

/// One token: a slice of the input, its byte offset and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text.
    pub text: &'a str,
    /// Byte offset of the token in the input.
    pub start: usize,
    /// The token's kind.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Iterator over all tokens of a text; see [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

/// All tokens of `text`; their spans tile the input.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

fn kind_of(c: char) -> TokenKind {
    if c.is_alphabetic() {
        TokenKind::Word
    } else if c.is_numeric() {
        TokenKind::Number
    } else if c.is_whitespace() {
        TokenKind::Space
    } else if c.is_ascii_punctuation() {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;
    fn next(&mut self) -> Option<Token<'a>> {
        let rest = self.text.get(self.pos..)?;
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let mut kind = kind_of(first);
        let mut end = rest.len();
        for (i, c) in chars {
            let k = kind_of(c);
            let joins = matches!(
                (kind, k),
                (TokenKind::Word | TokenKind::Number, TokenKind::Word | TokenKind::Number)
            );
            if joins {
                if k == TokenKind::Word {
                    kind = TokenKind::Word;
                }
            } else if !(kind == TokenKind::Space && k == TokenKind::Space) {
                end = i;
                break;
            }
        }
        let start = self.pos;
        self.pos += end;
        Some(Token { text: &rest[..end], start, kind })
    }
}

/// Iterator over the words and numbers of a text; see [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    inner: Tokens<'a>,
}

/// The Word and Number tokens of `text`, as string slices.
pub fn words(text: &str) -> Words<'_> {
    Words { inner: tokens(text) }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        self.inner
            .by_ref()
            .find(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .map(|t| t.text)
    }
}

/// The number of words and numbers in `text`; equal to `words(text).count()`.
pub fn count_words(text: &str) -> usize {
    words(text).count()
}

/// Writes the lowercased form of `word` into `buf` (cleared first).
pub fn fold_case(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// How sentences are split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SentenceMode {
    /// Plain Unicode UAX #29 sentence boundaries.
    Uax29,
    /// UAX #29 plus no break after abbreviations, initials and honorifics.
    #[default]
    News,
}

/// Iterator over sentence byte spans; see [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    mode: SentenceMode,
}

/// Sentence spans `(start, end)` in bytes; they tile `text`.
pub fn sentences(text: &str, mode: SentenceMode) -> Sentences<'_> {
    Sentences { text, pos: 0, mode }
}

impl Iterator for Sentences<'_> {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        let _ = self.mode;
        let rest = self.text.get(self.pos..).filter(|r| !r.is_empty())?;
        let bytes = rest.as_bytes();
        let mut end = rest.len();
        let mut i = 0;
        while i < bytes.len() {
            if matches!(bytes[i], b'.' | b'!' | b'?' | b'\n') {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b' ' | b'\n' | b'\r' | b'\t') {
                    j += 1;
                }
                end = j;
                break;
            }
            i += 1;
        }
        let start = self.pos;
        self.pos += end;
        Some((start, start + end))
    }
}
