package cn.jixiao.portal.system;

/** Something an analyst asked for by id or name that the store does not hold. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
