package dev.moviestack.tools.movielens.dataset;

/** Where a record came from: file name and 1-based line number. */
public record Origin(String file, long line) {

	@Override
	public String toString() {
		return this.file + ":" + this.line;
	}

}
