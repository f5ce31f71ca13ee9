//! The compression Firehose applies to what it delivers to S3 (CompressionFormat),
//! with well-kept crates: GZIP through flate2 (pure-Rust backend), Snappy in the
//! Snappy framing format and HADOOP_SNAPPY in Hadoop's block format (4-byte
//! big-endian uncompressed length, then 4-byte big-endian compressed length and
//! a raw Snappy block, per 256 KiB block) through snap. ZIP is refused by name.
//!
//! File extensions appended to the object key (developer guide, "Configure
//! Amazon S3 object name format"): .gz, .zip, .snappy, .hsnappy.

use crate::error::{AwsError, AwsResult};
use serde::{Deserialize, Serialize};
use std::io::Write;

/// AWS's CompressionFormat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Compression {
    Uncompressed,
    Gzip,
    Zip,
    Snappy,
    HadoopSnappy,
}

impl Compression {
    pub fn parse(s: &str) -> AwsResult<Self> {
        Ok(match s {
            "UNCOMPRESSED" => Compression::Uncompressed,
            "GZIP" => Compression::Gzip,
            "ZIP" => Compression::Zip,
            "Snappy" => Compression::Snappy,
            "HADOOP_SNAPPY" => Compression::HadoopSnappy,
            other => {
                return Err(super::errors::constraint(
                    other,
                    "CompressionFormat",
                    "Member must satisfy enum value set: [UNCOMPRESSED, GZIP, ZIP, Snappy, HADOOP_SNAPPY]",
                ))
            }
        })
    }

    /// Refuses a format that is valid on AWS but not built here.
    pub fn check_built(self) -> AwsResult<()> {
        if self == Compression::Zip {
            return Err(AwsError::not_emulated(
                "firehose CompressionFormat ZIP (GZIP, Snappy and HADOOP_SNAPPY are built)",
            ));
        }
        Ok(())
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Compression::Uncompressed => "UNCOMPRESSED",
            Compression::Gzip => "GZIP",
            Compression::Zip => "ZIP",
            Compression::Snappy => "Snappy",
            Compression::HadoopSnappy => "HADOOP_SNAPPY",
        }
    }

    /// The extension Firehose appends to the object key.
    pub fn extension(self) -> &'static str {
        match self {
            Compression::Uncompressed => "",
            Compression::Gzip => ".gz",
            Compression::Zip => ".zip",
            Compression::Snappy => ".snappy",
            Compression::HadoopSnappy => ".hsnappy",
        }
    }

    /// Compresses one object's bytes.
    pub fn compress(self, data: &[u8]) -> Vec<u8> {
        match self {
            Compression::Uncompressed | Compression::Zip => data.to_vec(),
            Compression::Gzip => {
                let mut e = flate2::write::GzEncoder::new(
                    Vec::with_capacity(data.len() / 4 + 64),
                    flate2::Compression::default(),
                );
                e.write_all(data).expect("writing to a Vec cannot fail");
                e.finish().expect("writing to a Vec cannot fail")
            }
            Compression::Snappy => {
                let mut e = snap::write::FrameEncoder::new(Vec::new());
                e.write_all(data).expect("writing to a Vec cannot fail");
                e.into_inner().expect("writing to a Vec cannot fail")
            }
            Compression::HadoopSnappy => {
                const BLOCK: usize = 256 * 1024;
                let mut out = Vec::new();
                let mut enc = snap::raw::Encoder::new();
                for block in data.chunks(BLOCK) {
                    let c = enc
                        .compress_vec(block)
                        .expect("a block under 4 GiB compresses");
                    out.extend_from_slice(&(block.len() as u32).to_be_bytes());
                    out.extend_from_slice(&(c.len() as u32).to_be_bytes());
                    out.extend_from_slice(&c);
                }
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn round_trips() {
        let data: Vec<u8> = (0..300_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        let gz = Compression::Gzip.compress(&data);
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, data);
        let sn = Compression::Snappy.compress(&data);
        let mut back = Vec::new();
        snap::read::FrameDecoder::new(&sn[..])
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, data);
        let hs = Compression::HadoopSnappy.compress(&data);
        let mut back = Vec::new();
        let mut i = 0;
        while i < hs.len() {
            let n = u32::from_be_bytes(hs[i..i + 4].try_into().unwrap()) as usize;
            let c = u32::from_be_bytes(hs[i + 4..i + 8].try_into().unwrap()) as usize;
            let block = snap::raw::Decoder::new()
                .decompress_vec(&hs[i + 8..i + 8 + c])
                .unwrap();
            assert_eq!(block.len(), n);
            back.extend(block);
            i += 8 + c;
        }
        assert_eq!(back, data);
    }
}
