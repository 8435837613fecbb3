package com.salesbot.core.importing;

/**
 * One reason a row was refused.
 *
 * @param row    1-based position of the row in the batch (for CSV: the first line after the header is row 1)
 * @param field  the column at fault, or "row" when the row as a whole is wrong
 * @param reason what is wrong, in Chinese, for the person fixing the file
 */
public record RowError(int row, String field, String reason) {
}
