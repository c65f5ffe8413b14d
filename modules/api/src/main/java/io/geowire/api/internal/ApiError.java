package io.geowire.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error response; {@code parameter} names the offending request parameter, if one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String parameter) {

    public static ApiError of(String error) {
        return new ApiError(error, null);
    }
}
