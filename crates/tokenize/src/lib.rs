//! Unicode UAX #29 word and sentence segmentation for copydesk.
