package dev.moviestack.contract.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The known genres; their labels follow MovieLens so that imports map one to one. */
public enum Genre {

	ACTION("Action"), ADVENTURE("Adventure"), ANIMATION("Animation"), CHILDREN("Children"), COMEDY("Comedy"),
	CRIME("Crime"), DOCUMENTARY("Documentary"), DRAMA("Drama"), FANTASY("Fantasy"), FILM_NOIR("Film-Noir"),
	HORROR("Horror"), IMAX("IMAX"), MUSICAL("Musical"), MYSTERY("Mystery"), ROMANCE("Romance"), SCI_FI("Sci-Fi"),
	THRILLER("Thriller"), WAR("War"), WESTERN("Western");

	private final String label;

	Genre(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Case-insensitive lookup by label or constant name. */
	public static Optional<Genre> fromLabel(String label) {
		return Arrays.stream(values())
			.filter((genre) -> genre.label.equalsIgnoreCase(label) || genre.name().equalsIgnoreCase(label))
			.findFirst();
	}

}
