package dev.moviestack.rating.ratings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/** PostgreSQL array parameters for {@code = ANY(?)} and {@code unnest(?)}. */
final class SqlArrays {

	private SqlArrays() {
	}

	static AbstractSqlTypeValue of(String elementType, Collection<?> values) {
		return of(elementType, values.toArray());
	}

	static AbstractSqlTypeValue of(String elementType, Object[] values) {
		return new AbstractSqlTypeValue() {
			@Override
			protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
				return connection.createArrayOf(elementType, values);
			}
		};
	}

}
