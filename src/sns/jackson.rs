//! SNS parses policy documents (FilterPolicy, RedrivePolicy) with Jackson and
//! passes its message on: `failed to parse JSON. <Jackson's words>\n at
//! [Source: REDACTED (...); line: L, column: C]`. This scans a document that
//! did not parse and describes the first fault as Jackson does for the common
//! ones -- a bare word, an unquoted field name, a missing colon or comma, an
//! unexpected character where a value belongs -- with Jackson's line and
//! column (1-based; a bare word's column is just after it). The wording and
//! columns are those LocalStack's AWS-validated snapshots recorded
//! (test_subscribe_invalid_filter_policy, test_validate_set_sub_attributes);
//! a fault this does not recognise gets None, and the caller its own words.

pub(crate) const SOURCE: &str =
    "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)";
const VALUE: &str = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/// Jackson's description of why `text` is not JSON, location included.
pub fn describe(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut s = Scan { c: &chars, i: 0 };
    let (what, at) = match s.value() {
        Err(fault) => fault,
        Ok(()) => return None,
    };
    let (line, column) = position(&chars, at);
    Some(format!(
        "failed to parse JSON. {what}\n at {SOURCE}; line: {line}, column: {column}]"
    ))
}

/// 1-based line and column of char index `at`.
fn position(chars: &[char], at: usize) -> (usize, usize) {
    let before = &chars[..at.min(chars.len())];
    let line = 1 + before.iter().filter(|&&c| c == '\n').count();
    let start = before.iter().rposition(|&c| c == '\n').map_or(0, |p| p + 1);
    (line, at - start + 1)
}

struct Scan<'a> {
    c: &'a [char],
    i: usize,
}

/// A fault: Jackson's words and the char index its location names.
type Fault = (String, usize);

fn unexpected(c: char, why: &str) -> String {
    format!("Unexpected character ('{c}' (code {})): {why}", c as u32)
}

impl Scan<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.c.len() && matches!(self.c[self.i], ' ' | '\t' | '\n' | '\r') {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_ws();
        self.c.get(self.i).copied()
    }

    fn value(&mut self) -> Result<(), Fault> {
        let Some(c) = self.peek() else {
            return Err(("No content to map due to end-of-input".into(), self.i));
        };
        match c {
            '{' => self.object(),
            '[' => self.array(),
            '"' => self.string(),
            '-' | '0'..='9' => {
                while self.i < self.c.len()
                    && matches!(self.c[self.i], '-' | '+' | '.' | 'e' | 'E' | '0'..='9')
                {
                    self.i += 1;
                }
                Ok(())
            }
            c if c.is_alphabetic() => {
                let start = self.i;
                while self.i < self.c.len()
                    && (self.c[self.i].is_alphanumeric() || self.c[self.i] == '_')
                {
                    self.i += 1;
                }
                let word: String = self.c[start..self.i].iter().collect();
                if matches!(word.as_str(), "true" | "false" | "null") {
                    Ok(())
                } else {
                    Err((
                        format!("Unrecognized token '{word}': was expecting {VALUE}"),
                        self.i,
                    ))
                }
            }
            c => Err((
                unexpected(c, &format!("expected a valid value {VALUE}")),
                self.i,
            )),
        }
    }

    fn string(&mut self) -> Result<(), Fault> {
        self.i += 1;
        while self.i < self.c.len() {
            match self.c[self.i] {
                '\\' => self.i += 2,
                '"' => {
                    self.i += 1;
                    return Ok(());
                }
                _ => self.i += 1,
            }
        }
        Err(("Unexpected end-of-input in VALUE_STRING".into(), self.i))
    }

    /// After a container's last member: its closing char, or a comma.
    fn after_member(&mut self, close: char, kind: &str) -> Result<bool, Fault> {
        match self.peek() {
            Some(c) if c == close => {
                self.i += 1;
                Ok(false)
            }
            Some(',') => {
                self.i += 1;
                Ok(true)
            }
            Some(c) => Err((
                unexpected(
                    c,
                    &format!("was expecting comma to separate {kind} entries"),
                ),
                self.i,
            )),
            None => Err((
                format!("Unexpected end-of-input: expected close marker for {kind}"),
                self.i,
            )),
        }
    }

    /// The next character must be `want` (left unread); else Jackson's
    /// complaint `why`, or the end of input inside an object.
    fn expect(&mut self, want: char, why: &str) -> Result<(), Fault> {
        match self.peek() {
            Some(c) if c == want => Ok(()),
            Some(c) => Err((unexpected(c, why), self.i)),
            None => Err((
                "Unexpected end-of-input: expected close marker for Object".into(),
                self.i,
            )),
        }
    }

    fn object(&mut self) -> Result<(), Fault> {
        self.i += 1;
        if self.peek() == Some('}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.expect('"', "was expecting double-quote to start field name")?;
            self.string()?;
            self.expect(
                ':',
                "was expecting a colon to separate field name and value",
            )?;
            self.i += 1;
            self.value()?;
            if !self.after_member('}', "Object")? {
                return Ok(());
            }
        }
    }

    fn array(&mut self) -> Result<(), Fault> {
        self.i += 1;
        if self.peek() == Some(']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            if !self.after_member(']', "Array")? {
                return Ok(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn the_recorded_faults_read_as_aws_wrote_them() {
        assert_eq!(
            describe("invalid").unwrap(),
            "failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 8]"
        );
        assert_eq!(
            describe("{invalid json}").unwrap(),
            "failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]"
        );
        assert!(describe("{\"a\": [1 2]}")
            .unwrap()
            .contains("comma to separate Array entries"));
        assert!(describe("{\n\"a\" 1}")
            .unwrap()
            .ends_with("line: 2, column: 5]"));
        assert_eq!(describe("{\"a\": [1]}"), None);
    }
}
