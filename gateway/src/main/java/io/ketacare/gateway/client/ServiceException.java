package io.ketacare.gateway.client;

import io.ketacare.gateway.routing.Service;

/** A service call that gave no usable answer: the record is not there (or not the caller's), refused, or unavailable. */
public class ServiceException extends RuntimeException {

    /** Why the call gave no answer. */
    public enum Kind {
        /** 404: not found, or not the caller's to see. */
        NOT_FOUND,
        /** 400, 401, 403 or another 4xx: the service refused the caller or the request. */
        REFUSED,
        /** 5xx, no connection, or no answer within the timeout. */
        UNAVAILABLE
    }

    private final transient Service service;
    private final Kind kind;
    private final int status;

    public ServiceException(Service service, Kind kind, int status, String reason) {
        super(reason, null, false, false);
        this.service = service;
        this.kind = kind;
        this.status = status;
    }

    /** What a service's HTTP status means for the caller. */
    public static ServiceException ofStatus(Service service, int status, String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        if (status == 404) {
            return new ServiceException(service, Kind.NOT_FOUND, 404, service.serviceName() + " answered 404 Not Found for " + path);
        }
        if (status >= 400 && status < 500) {
            return new ServiceException(service, Kind.REFUSED, status, service.serviceName() + " refused " + path + " (" + status + ")");
        }
        return unavailable(service, service.serviceName() + " answered " + status + " for " + path);
    }

    public static ServiceException unavailable(Service service, String reason) {
        return new ServiceException(service, Kind.UNAVAILABLE, 503, reason);
    }

    public Service service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the service answered, 503 when it gave none. */
    public int status() {
        return status;
    }
}
