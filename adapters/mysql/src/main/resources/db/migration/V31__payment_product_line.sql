-- The target sandbox's history source is the last 12 months of payments per product line (R7). Payments imported
-- without a line, and all rows before this migration, belong to the default line.
ALTER TABLE payments ADD COLUMN product_line VARCHAR(64) DEFAULT '默认' NOT NULL;
